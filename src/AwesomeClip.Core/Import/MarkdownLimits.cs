using System.Globalization;

namespace AwesomeClip.Core.Import;

/// <summary>
/// Refuses, in one linear pass before Markdig sees the text, the shapes that make Markdig slow or deep: its inline
/// parser nests one level per open bracket, emphasis delimiter and table pipe, and walks that nesting for every
/// character, so a big table or a paragraph of <c>[[[[…</c> costs time quadratic in its size (minutes for a few MB),
/// and past its depth limit it throws. Its work per paragraph (a table is one) also grows with the square of the paragraph's
/// inline delimiters (brackets, emphasis runs, pipes) and link reference definitions: these are budgeted too, so that any
/// list of at most 8 MB parses in about a second. The real list stays far below every limit (21 rows, 5 pipes, depth 2,
/// about 250 delimiters per table, no link reference definitions).
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>The real list has 263 lines; Markdig needs about a second per 500,000 lines.</summary>
    public const int MaxLines = 100_000;
    public const int MaxTableRows = 1_000;
    public const int MaxPipesPerLine = 64;
    public const int MaxPipesPerTable = 5_000;
    public const int MaxBlockNesting = 32;
    public const int MaxInlineNesting = 32;

    /// <summary>
    /// Brackets and '|' count one, emphasis runs three (Markdig's emphasis pass costs several times as much per mark):
    /// a 1,000-row table with a badge, a bold title, emphasis in the abstract and two links per row weighs about 29,000.
    /// </summary>
    public const int MaxDelimitersPerParagraph = 32_000;

    /// <summary>Σ over paragraphs of (weighted delimiters)²: about a nanosecond per unit on the dev machine, so a second.</summary>
    public const long DelimiterWorkBudget = 1_000_000_000;

    /// <summary>Consecutive <c>[label]: url</c> lines are one paragraph, parsed in time quadratic in their number.</summary>
    public const int MaxLinkDefinitionsPerParagraph = 1_000;

    public const int MaxLinkDefinitions = 10_000;

    public static void Check(string text, string source)
    {
        var line = 0;
        var blockStart = 0;
        var tableRows = 0;
        var tablePipes = 0;
        var brackets = 0;
        var emphasis = 0;
        var delimiters = 0;
        var definitions = 0;
        var allDefinitions = 0;
        long work = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if (++line > MaxLines)
                Refuse(source, line, $"is past the {MaxLines:N0} lines a list may have");
            var row = text.AsSpan(range).TrimEnd('\r');
            if (row.IsWhiteSpace())
            {
                EndParagraph(source, blockStart, delimiters, ref work);
                (blockStart, tableRows, tablePipes, brackets, emphasis, delimiters, definitions) = (0, 0, 0, 0, 0, 0, 0);
                continue;
            }
            if (blockStart == 0) blockStart = line;

            if (IsLinkDefinition(row))
            {
                if (++definitions > MaxLinkDefinitionsPerParagraph)
                    Refuse(source, blockStart, $"starts more than {MaxLinkDefinitionsPerParagraph:N0} link reference definitions ([label]: url lines) in a row; at most {MaxLinkDefinitionsPerParagraph:N0} are allowed together");
                if (++allDefinitions > MaxLinkDefinitions)
                    Refuse(source, line, $"is past the {MaxLinkDefinitions:N0} link reference definitions ([label]: url lines) a list may have");
            }

            var nesting = BlockNesting(row);
            if (nesting > MaxBlockNesting)
                Refuse(source, line, $"nests block quotes or lists {nesting} levels deep; at most {MaxBlockNesting} are allowed");

            var pipes = row.Count('|');
            if (pipes > MaxPipesPerLine)
                Refuse(source, line, $"has {pipes:N0} '|' (a table row of about {pipes - 1:N0} cells); a row may have at most {MaxPipesPerLine} (the list's tables have 4 columns)");
            if (pipes > 0)
            {
                tableRows++;
                tablePipes += pipes;
                if (tableRows > MaxTableRows)
                    Refuse(source, blockStart, $"starts a table of more than {MaxTableRows:N0} rows; split it (a category's table may have at most {MaxTableRows:N0} rows)");
                if (tablePipes > MaxPipesPerTable)
                    Refuse(source, blockStart, $"starts a table of more than {MaxPipesPerTable:N0} cells; split it");
            }

            // Markdig carries open brackets and emphasis across the lines of a paragraph (a table is one paragraph).
            var (deepestBracket, deepestEmphasis) = InlineNesting(row, ref brackets, ref emphasis, ref delimiters);
            delimiters += pipes;
            if (delimiters > MaxDelimitersPerParagraph)
                Refuse(source, blockStart, $"starts a paragraph or table of more than {MaxDelimitersPerParagraph:N0} brackets, emphasis marks and '|'; split it (smaller tables)");
            if (deepestBracket > MaxInlineNesting)
                Refuse(source, line, $"nests '[' {deepestBracket:N0} deep; links may nest at most {MaxInlineNesting} deep");
            if (deepestEmphasis > MaxInlineNesting)
                Refuse(source, line, $"nests emphasis ('*' or '_') {deepestEmphasis:N0} deep; emphasis may nest at most {MaxInlineNesting} deep");
        }
        EndParagraph(source, blockStart, delimiters, ref work);
    }

    /// <summary>Adds a paragraph's delimiters² to the work the whole text costs Markdig, and refuses once past the budget.</summary>
    private static void EndParagraph(string source, int start, int delimiters, ref long work)
    {
        work += (long)delimiters * delimiters;
        if (work > DelimiterWorkBudget)
        {
            Refuse(source, start, "starts a paragraph or table that takes the list past the markup it can parse quickly "
                + "(brackets, emphasis and '|' add up, quadratically per table); split big tables into smaller ones");
        }
    }

    /// <summary>A CommonMark link reference definition's start: up to 3 spaces, <c>[label]:</c>.</summary>
    private static bool IsLinkDefinition(ReadOnlySpan<char> row)
    {
        var trimmed = row.TrimStart(' ');
        if (row.Length - trimmed.Length > 3 || trimmed.Length < 4 || trimmed[0] != '[') return false;
        var close = trimmed.IndexOf("]:", StringComparison.Ordinal);
        return close > 1;
    }

    /// <summary>Block quote markers, list markers and indentation (4 columns a level) at the start of a line.</summary>
    private static int BlockNesting(ReadOnlySpan<char> row)
    {
        var levels = 0;
        var columns = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4;
            }
            else if (c == '>')
            {
                levels++;
            }
            else if (c is '-' or '+' or '*' && i + 1 < row.Length && row[i + 1] is ' ' or '\t')
            {
                levels++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < row.Length && char.IsAsciiDigit(row[end])) end++;
                if (end + 1 < row.Length && row[end] is '.' or ')' && row[end + 1] is ' ' or '\t') { levels++; i = end; }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }
        return levels + columns / 4;
    }

    /// <summary>
    /// Open '[' minus ']', and emphasis characters that can only open minus those that can only close
    /// (CommonMark's flanking rules): an upper bound of how deep Markdig will nest.
    /// </summary>
    private static (int Brackets, int Emphasis) InlineNesting(ReadOnlySpan<char> row, ref int brackets, ref int emphasis, ref int delimiters)
    {
        var (deepestBracket, deepestEmphasis) = (brackets, emphasis);
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            switch (c)
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    delimiters++;
                    deepestBracket = Math.Max(deepestBracket, ++brackets);
                    break;
                case ']':
                    delimiters++;
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '*' or '_':
                    delimiters += 3;
                    var end = i;
                    while (end < row.Length && row[end] == c) end++;
                    var before = i > 0 ? row[i - 1] : ' ';
                    var after = end < row.Length ? row[end] : ' ';
                    var left = !char.IsWhiteSpace(after) && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
                    var right = !char.IsWhiteSpace(before) && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
                    if (left && !right) deepestEmphasis = Math.Max(deepestEmphasis, emphasis += end - i);
                    else if (right && !left) emphasis = Math.Max(0, emphasis - (end - i));
                    i = end - 1;
                    break;
            }
        }
        return (deepestBracket, deepestEmphasis);
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static void Refuse(string source, int line, string what) =>
        throw new ImportRefusedException(string.Create(CultureInfo.InvariantCulture, $"{source} cannot be imported: line {line} {what}."));
}
