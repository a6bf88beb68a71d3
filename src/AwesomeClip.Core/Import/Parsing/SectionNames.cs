using System.Text;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Headings that are about the list, not part of it: never categories, whatever links they hold.</summary>
internal static class SectionNames
{
    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        "contents", "table of contents", "toc", "index", "overview of contents",
        "contributing", "contribution", "contributions", "contribute", "how to contribute", "contributors", "contributor",
        "contribution guide", "contributing guide", "how to submit a pull request", "submit a pull request",
        "citation", "citations", "cite", "cite us", "citing", "how to cite", "bibtex",
        "license", "licence", "licenses", "copyright",
        "star history", "stargazers", "stargazers over time", "stars",
        "acknowledgment", "acknowledgments", "acknowledgement", "acknowledgements", "thanks", "credits", "special thanks",
        "team", "team members", "maintainers", "maintainer", "about", "about us", "contact", "contact us", "contacts",
        "support", "sponsor", "sponsors", "donate", "changelog", "change log", "news", "updates", "update", "update log",
        "todo", "to do", "faq", "disclaimer", "footnotes", "related", "related lists", "related repos", "related repositories",
        "related awesome lists", "other awesome lists", "awesome lists", "see also", "introduction", "usage",
        "目录", "贡献", "贡献者", "如何贡献", "引用", "许可", "许可证", "致谢", "鸣谢", "联系", "联系我们", "更新", "更新日志", "说明", "声明", "关于",
    };

    private static readonly HashSet<string> Contents = new(StringComparer.Ordinal) { "contents", "table of contents", "toc", "index", "overview of contents", "目录" };

    /// <summary>True for "Contents", "📝 Citation", "## 3. License", "致谢" and their kin.</summary>
    public static bool IsBoilerplate(string name) => Boilerplate.Contains(Key(name));

    /// <summary>True for "Table of Contents", "目录" and their kin: the heading of a table of contents.</summary>
    public static bool IsContents(string name) => Contents.Contains(Key(name));

    /// <summary>Letters, digits and spaces, lower case; numbering and emoji dropped.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder();
        foreach (var rune in name.ToLowerInvariant().EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) sb.Append(rune.ToString());
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_' or '&' or '/') sb.Append(' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.All(char.IsAsciiDigit));
        return string.Join(' ', words);
    }
}
