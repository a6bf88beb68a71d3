using AwesomeClip.Core.Export;

namespace AwesomeClip.Web.Api;

public sealed record ApiCategory(string Slug, string Name, int Order, int Count);

public sealed record ApiPaperPage(int Total, int Page, int PageSize, IReadOnlyList<PaperJson> Items);
