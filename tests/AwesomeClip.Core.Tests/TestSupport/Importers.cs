using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.TestSupport;

public static class Importers
{
    public static CatalogImporter For(TestDatabase database, params ICatalogChangeListener[] listeners) =>
        new(database, listeners, TimeProvider.System, NullLogger<CatalogImporter>.Instance);
}
