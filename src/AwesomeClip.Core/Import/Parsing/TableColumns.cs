using System.Globalization;
using System.Text;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>What a table column holds, from its header (and, where the header is vague, its cells).</summary>
public enum ColumnRole
{
    Title,
    Authors,
    Venue,
    Year,
    Date,
    Abstract,

    /// <summary>A curator's note or comment (the paper's commentary).</summary>
    Note,
    Figure,
    Code,

    /// <summary>Links to the paper itself (PDF, arXiv) beside a title column.</summary>
    Paper,

    /// <summary>Project pages, homepages, demos.</summary>
    Project,

    /// <summary>Links of any kind.</summary>
    Links,

    /// <summary>A GitHub star badge.</summary>
    Stars,

    /// <summary>Anything else: kept as the paper's extra column.</summary>
    Other,
}

/// <summary>Maps a column header, as lists write them in English or Chinese, to its <see cref="ColumnRole"/>.</summary>
public static class TableColumns
{
    private static readonly Dictionary<string, ColumnRole> Names = Build(
        (ColumnRole.Title, ["title", "paper title", "paper name", "name", "model", "model name", "method", "work", "theme", "topic",
            "talk", "article", "标题", "题目", "名称", "论文名称", "论文标题", "论文题目", "模型", "方法", "主题"]),
        (ColumnRole.Paper, ["paper", "论文", "pdf", "arxiv", "paper link", "link to paper", "related paper", "论文链接", "论文地址"]),
        (ColumnRole.Authors, ["author", "by", "speaker", "presenter", "writer", "作者", "讲者"]),
        (ColumnRole.Venue, ["venue", "conf", "conference", "jour", "journal", "publication", "published in", "pub", "会议", "期刊", "发表", "会议期刊"]),
        (ColumnRole.Year, ["year", "年份", "年"]),
        (ColumnRole.Date, ["date", "time", "published", "published date", "publish date", "release date", "released", "日期", "时间", "发布时间", "发布日期"]),
        (ColumnRole.Abstract, ["abstract", "description", "summary", "tl;dr", "tldr", "overview", "introduction", "摘要", "简介", "描述", "概述", "内容", "介绍"]),
        (ColumnRole.Note, ["note", "comment", "remark", "highlight", "key idea", "contribution", "点评", "备注", "评论", "亮点", "说明"]),
        (ColumnRole.Figure, ["figure", "image", "img", "teaser", "pipeline", "framework", "architecture", "illustration", "intro", "图", "图片", "示意图", "框架图"]),
        (ColumnRole.Code, ["code", "github", "repo", "repository", "implementation", "source code", "official code", "代码", "开源", "源码", "开源代码"]),
        (ColumnRole.Project, ["project", "project page", "homepage", "home page", "website", "page", "demo", "主页", "项目", "项目主页"]),
        (ColumnRole.Links, ["link", "useful link", "resource", "other", "other info", "otherinfo", "info", "more", "misc", "related", "url", "链接", "资源", "其他", "相关链接"]),
        (ColumnRole.Stars, ["star", "⭐", "github star"]));

    /// <summary>The header's role; <see cref="ColumnRole.Other"/> for a header no list vocabulary names.</summary>
    public static ColumnRole RoleOf(string header)
    {
        var key = Normalize(header);
        if (Names.TryGetValue(key, out var role)) return role;
        // "Conf/Jour", "Speaker/Publisher", "Code & Data": the first part that means something.
        foreach (var part in key.Split(['/', '&', ',', '|', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Names.TryGetValue(part, out role)) return role;
            if (Names.TryGetValue(Singular(part), out role)) return role;
        }
        return ColumnRole.Other;
    }

    /// <summary>The role's name in the report and in awesomeclip.json ("title", "links").</summary>
    public static string Name(this ColumnRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out ColumnRole role) =>
        Enum.TryParse(name, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(name, out _);

    /// <summary>Lower case, markup and emoji dropped, plurals singular: "📄 Papers" and "paper" are the same header.</summary>
    internal static string Normalize(string header)
    {
        var sb = new StringBuilder();
        foreach (var rune in header.Trim().ToLowerInvariant().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || rune.Value is ' ' or '/' or '&' or ';' or ',' or '|' or '、' or '⭐') sb.Append(rune.ToString());
            else if (category is UnicodeCategory.DashPunctuation or UnicodeCategory.ConnectorPunctuation) sb.Append(' ');
        }
        var text = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Singular(text);
    }

    private static string Singular(string text) =>
        text.Length > 3 && text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal) && text != "tl;dr" ? text[..^1] : text;

    private static Dictionary<string, ColumnRole> Build(params (ColumnRole Role, string[] Names)[] rows)
    {
        var map = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        foreach (var (role, names) in rows)
        {
            foreach (var name in names) map[Singular(name)] = role;
        }
        return map;
    }
}
