using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// <see cref="PaperRevision.Changes"/> as JSON <c>[{"field","old","new"}]</c>, spelled exactly as the importer spells
/// it (field names of <see cref="PaperField"/>, values as <see cref="FieldChange"/> text).
/// </summary>
public static class RevisionChanges
{
    public static string Serialize(IEnumerable<FieldChange> changes) =>
        PaperValues.Serialize(changes.Select(c => new { field = c.Field.ToString(), old = c.Old, @new = c.New }));

    public static IReadOnlyList<FieldChange> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        var items = PaperValues.Deserialize<List<ChangeJson>>(json) ?? [];
        return items
            .Where(i => Enum.TryParse<PaperField>(i.Field, ignoreCase: false, out _))
            .Select(i => new FieldChange(Enum.Parse<PaperField>(i.Field), i.Old, i.New))
            .ToList();
    }

    /// <summary>"title, abstract" as the importer's summaries name fields.</summary>
    public static string Names(IEnumerable<PaperField> fields) => string.Join(", ", fields.Select(f => f.Name()));

    private sealed record ChangeJson(string Field, string? Old, string? New);
}
