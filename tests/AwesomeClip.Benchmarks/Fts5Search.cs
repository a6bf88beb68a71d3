using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// The baseline: what SQLite's own full-text search gives over the same rows. An FTS5 table with the trigram tokenizer
/// (substring matching in any script, case-insensitive); words of three or more characters are ANDed as quoted MATCH
/// strings ranked by bm25 with the title weighted 10×; shorter words (two-character Chinese terms such as 蒸馏) can't
/// use trigrams and become LIKE filters.
/// </summary>
internal sealed class Fts5Search : IDisposable
{
    private readonly SqliteConnection connection;

    public Fts5Search(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
    }

    public static void Build(SqliteConnection connection)
    {
        Execute(connection, "CREATE VIRTUAL TABLE IF NOT EXISTS papers_fts USING fts5(title, abstract, commentary, tokenize='trigram')");
        Execute(connection, "DELETE FROM papers_fts");
        Execute(connection, "INSERT INTO papers_fts(rowid, title, abstract, commentary) SELECT Id, Title, Abstract, coalesce(Commentary, '') FROM Papers WHERE DeletedAt IS NULL");
    }

    public sealed record Filter(int? YearFrom, bool HasCode);

    public IReadOnlyList<string> Search(string query, Filter? filter = null, int limit = 10)
    {
        using var command = connection.CreateCommand();
        var where = Where(command, query, filter, out var ranked);
        command.CommandText =
            $"SELECT p.Title FROM papers_fts JOIN Papers p ON p.Id = papers_fts.rowid WHERE {where} " +
            $"ORDER BY {(ranked ? "bm25(papers_fts, 10.0, 1.0, 1.0)" : "p.Id")} LIMIT {limit}";
        using var reader = command.ExecuteReader();
        var titles = new List<string>();
        while (reader.Read()) titles.Add(reader.GetString(0));
        return titles;
    }

    /// <summary>Category and year counts for a query (what the facet sidebar needs).</summary>
    public int Facets(string query)
    {
        var rows = 0;
        foreach (var column in new[] { "p.CategoryId", "p.Year" })
        {
            using var command = connection.CreateCommand();
            var where = Where(command, query, null, out _);
            command.CommandText = $"SELECT {column}, count(*) FROM papers_fts JOIN Papers p ON p.Id = papers_fts.rowid WHERE {where} GROUP BY {column}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) rows++;
        }
        return rows;
    }

    private static string Where(SqliteCommand command, string query, Filter? filter, out bool ranked)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('"')).Where(w => w.Length > 0).ToList();
        var clauses = new List<string> { "p.DeletedAt IS NULL" };
        var match = string.Join(" AND ", words.Where(w => w.Length >= 3).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        ranked = match.Length > 0;
        if (ranked)
        {
            clauses.Add("papers_fts MATCH $match");
            command.Parameters.AddWithValue("$match", match);
        }
        var i = 0;
        foreach (var word in words.Where(w => w.Length < 3))
        {
            var name = "$like" + (i++).ToString(CultureInfo.InvariantCulture);
            clauses.Add($"(papers_fts.title LIKE {name} OR papers_fts.abstract LIKE {name} OR papers_fts.commentary LIKE {name})");
            command.Parameters.AddWithValue(name, "%" + word + "%");
        }
        if (filter?.YearFrom is { } year)
        {
            clauses.Add("p.Year >= $year");
            command.Parameters.AddWithValue("$year", year);
        }
        if (filter?.HasCode == true) clauses.Add("p.GithubRepo IS NOT NULL");
        return string.Join(" AND ", clauses);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
