using System.Globalization;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Catalog;

/// <summary>"1 paper", "12 papers", "12 篇论文": English has a singular, Chinese has none (two keys, one per English form).</summary>
public static class PaperCount
{
    public static string Of(IStringLocalizer<CatalogStrings> L, int count)
    {
        ArgumentNullException.ThrowIfNull(L);
        return count == 1 ? L["1 paper"] : L["{0} papers", count.ToString("N0", CultureInfo.CurrentCulture)];
    }
}
