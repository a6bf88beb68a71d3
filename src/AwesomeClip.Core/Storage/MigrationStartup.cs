using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AwesomeClip.Core.Storage;

public static class MigrationStartup
{
    /// <summary>
    /// Stops <c>Migrate</c> from diffing the model against the migrations' snapshot on every start (building a second,
    /// design-time model costs about 0.2 s of a cold start). The MigrationTests of both test projects assert the same
    /// thing once, where a forgotten migration is a failing test instead of a warning in a log.
    /// </summary>
    public static DbContextOptionsBuilder SkipPendingModelCheck(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
}
