using System.Text.Encodings.Web;
using System.Text.Json;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export;

/// <summary>Dumps the whole catalog as JSON (camelCase, UTF-8).</summary>
public sealed class CatalogJsonExporter(IDbContextFactory<CatalogDbContext> dbFactory)
{
    /// <summary>For a file on disk: indented, Chinese and emoji written as they are.</summary>
    public static JsonSerializerOptions FileOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For HTTP responses: the default (HTML-safe) encoder, which writes non-ASCII as \u escapes.</summary>
    public static JsonSerializerOptions WebOptions { get; } = new(JsonSerializerDefaults.Web);

    public async Task<CatalogJson> LoadAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return CatalogJson.From(await ListExporter.LoadCatalogAsync(db, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Writes the catalog to <paramref name="output"/> with <paramref name="options"/> (default <see cref="WebOptions"/>).</summary>
    public async Task WriteAsync(Stream output, JsonSerializerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var catalog = await LoadAsync(cancellationToken).ConfigureAwait(false);
        await JsonSerializer.SerializeAsync(output, catalog, options ?? WebOptions, cancellationToken).ConfigureAwait(false);
    }
}
