using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Text of Markdig inlines, without markup.</summary>
internal static class InlineText
{
    public static string Plain(Inline? inline)
    {
        var sb = new StringBuilder();
        AppendPlain(sb, inline);
        return sb.ToString();
    }

    private static void AppendPlain(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                sb.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                return;
            case LineBreakInline:
                sb.Append(' ');
                return;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                return;
            case LinkInline { IsImage: true }:
                return;
            case ContainerInline container:
                foreach (var child in container) AppendPlain(sb, child);
                return;
        }
    }

    /// <summary>
    /// Abstract text: &lt;br&gt; become line breaks, other HTML is dropped, and inline links stay as
    /// markdown <c>[text](url)</c> so that the page can render them (through the sanitizer).
    /// </summary>
    public static string Abstract(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        AppendAbstract(sb, inline);
        return sb.ToString();
    }

    private static void AppendAbstract(StringBuilder sb, Inline? inline)
    {
        switch (inline)
        {
            case HtmlInline html:
                if (HtmlTag.IsLineBreak(html.Tag)) sb.Append('\n');
                return;
            case LinkInline { IsImage: true }:
                return;
            case LinkInline link:
                sb.Append('[').Append(Plain(link).Trim()).Append("](").Append(link.Url).Append(')');
                return;
            case LineBreakInline:
                sb.Append('\n');
                return;
            case ContainerInline container:
                foreach (var child in container) AppendAbstract(sb, child);
                return;
            default:
                AppendPlain(sb, inline);
                return;
        }
    }
}

/// <summary>The inline content of a table cell (Markdig keeps it in a paragraph inside the cell).</summary>
internal readonly record struct TableCellContent(ContainerInline? Inline)
{
    public static TableCellContent From(ContainerBlock cell) =>
        new(cell.Count > 0 && cell[0] is LeafBlock leaf ? leaf.Inline : null);

    public IEnumerable<T> Descendants<T>() where T : Inline =>
        Inline is null ? [] : Inline.Descendants<T>();
}
