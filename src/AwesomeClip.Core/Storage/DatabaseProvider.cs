namespace AwesomeClip.Core.Storage;

/// <summary>The database engine behind the catalog (<c>Storage:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>catalog.db in the data directory: one machine, the default.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL database named by <c>ConnectionStrings:Catalog</c>: several app instances.</summary>
    PostgreSql,
}
