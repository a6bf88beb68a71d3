using AwesomeClip.Web.Accounts;
using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>One app with a signed-in Admin and Editor for the authorization matrix.</summary>
public sealed class MatrixApp : IAsyncLifetime
{
    public AppFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = default!;

    public HttpClient Editor { get; private set; } = default!;

    public IReadOnlyList<EndpointCase> Endpoints { get; private set; } = [];

    public HttpClient Anonymous() => SignIn.AnonymousClient(Factory);

    public async ValueTask InitializeAsync()
    {
        Endpoints = EndpointCase.All(Factory);
        Admin = await SignIn.SignedInClientAsync(Factory, Roles.Admin);
        Editor = await SignIn.SignedInClientAsync(Factory, Roles.Editor);
    }

    /// <summary>A hash of every row of every table in the database: catalog and accounts.</summary>
    public async Task<string> DatabaseFingerprintAsync()
    {
        var storage = Factory.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        await using var connection = new SqliteConnection(storage.SqliteConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            text.Append('#').Append(table).Append('\n');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                text.Append('\n');
            }
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
