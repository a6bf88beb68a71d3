using System.Text;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export.Patch;

/// <summary>The changes as a pull request's description: a title line, then one list per kind of change.</summary>
public static class ListChangesText
{
    public static string Write(ListChanges changes, IReadOnlyList<Messages.CoreMessage> exportWarnings)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(exportWarnings);
        var text = new StringBuilder();
        text.Append(Title(changes)).Append("\n\n");
        if (changes.IsEmpty) text.Append("The catalog matches the list as it was last imported.\n");
        Section(text, "Papers added", changes.Added, p => $"{p.Title} — {p.Section}");
        Section(text, "Papers changed", changes.Changed, p => $"{p.Title} — {p.Section} ({string.Join(", ", p.Fields.Select(f => f.Name()))})");
        Section(text, "Papers removed", changes.Removed, p => $"{p.Title} — {p.Section}");
        Section(text, "Links fixed", changes.LinksFixed, l => $"{l.Paper}: {l.From} → {l.To}");
        Section(text, "Sections added", changes.SectionsAdded, s => s);
        Section(text, "Sections renamed", changes.SectionsRenamed, s => $"{s.From} → {s.To}");
        Section(text, "Sections removed", changes.SectionsRemoved, s => s);
        Section(text, "Written as well as the list's layout allows", exportWarnings, w => w.ToString());
        if (!(text.Length >= 2 && text[^1] == '\n' && text[^2] == '\n')) text.Append('\n');
        text.Append("Made with AwesomeClip.\n");
        return text.ToString();
    }

    /// <summary>"Update the list: 2 papers added, 1 changed, 3 links fixed".</summary>
    public static string Title(ListChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var parts = new List<string>();
        if (changes.Added.Count > 0) parts.Add($"{Count(changes.Added.Count, "paper")} added");
        if (changes.Changed.Count > 0) parts.Add($"{(parts.Count > 0 ? changes.Changed.Count : Count(changes.Changed.Count, "paper"))} changed");
        if (changes.Removed.Count > 0) parts.Add($"{(parts.Count > 0 ? changes.Removed.Count : Count(changes.Removed.Count, "paper"))} removed");
        if (changes.LinksFixed.Count > 0) parts.Add($"{Count(changes.LinksFixed.Count, "link")} fixed");
        var sections = changes.SectionsAdded.Count + changes.SectionsRenamed.Count + changes.SectionsRemoved.Count;
        if (sections > 0) parts.Add($"{Count(sections, "section")} added, renamed or removed");
        return parts.Count == 0 ? "No changes since the last import" : "Update the list: " + string.Join(", ", parts);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static void Section<T>(StringBuilder text, string heading, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) return;
        text.Append(heading).Append(" (").Append(items.Count).Append("):\n");
        foreach (var item in items) text.Append("- ").Append(OneLine(line(item))).Append('\n');
        text.Append('\n');
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
