using System.Linq.Expressions;

namespace AwesomeClip.Core.Catalog;

/// <summary>What "has code" means, everywhere: a repository badge, or a link to GitHub or to code.</summary>
public static class PaperCode
{
    public static bool IsCode(LinkKind kind) => kind is LinkKind.Github or LinkKind.Code;

    /// <summary>The rule as a query the database runs.</summary>
    public static readonly Expression<Func<Paper, bool>> Has = p =>
        p.GithubRepo != null || p.Links.Any(l => l.Kind == LinkKind.Github || l.Kind == LinkKind.Code);

    private static readonly Func<Paper, bool> Compiled = Has.Compile();

    public static bool Of(Paper paper) => Compiled(paper);
}
