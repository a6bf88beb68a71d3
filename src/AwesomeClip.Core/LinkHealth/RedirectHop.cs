using System.Text.Json;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>One redirect: the status that sent the checker on, and where to.</summary>
public sealed record RedirectHop(int Status, string Url)
{
    public bool IsPermanent => Status is 301 or 308;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<RedirectHop> hops) => JsonSerializer.Serialize(hops, Json);

    public static IReadOnlyList<RedirectHop> Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<RedirectHop>>(json, Json) ?? [];
}
