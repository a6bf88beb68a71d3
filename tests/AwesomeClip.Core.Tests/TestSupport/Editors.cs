using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.Tests.TestSupport;

public static class Editors
{
    public static PaperEditor Papers(TestDatabase database, TimeProvider clock, params ICatalogChangeListener[] listeners) =>
        new(database, listeners, clock, NullLogger<PaperEditor>.Instance);

    public static CategoryEditor Categories(TestDatabase database, TimeProvider clock, params ICatalogChangeListener[] listeners) =>
        new(database, listeners, clock, NullLogger<CategoryEditor>.Instance);

    public static FigureStore Figures(string dataDirectory) =>
        new(Options.Create(new StorageOptions { DataDirectory = dataDirectory }));
}
