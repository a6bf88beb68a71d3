using AwesomeClip.Core.Catalog;
using AwesomeClip.Web.Accounts;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Admin;

/// <summary>The core's stable codes (fields, revision kinds, roles) as the admin pages name them in the reader's language.</summary>
public static class AdminNames
{
    public static string Field(IStringLocalizer<AdminStrings> L, PaperField field) => field switch
    {
        PaperField.Title => L["Title"],
        PaperField.Year => L["Year"],
        PaperField.Category => L["Category"],
        PaperField.Abstract => L["Abstract"],
        PaperField.Commentary => L["Commentary"],
        PaperField.GithubRepo => L["GitHub repository"],
        PaperField.Links => L["Links"],
        PaperField.Figures => L["Figure"],
        PaperField.Url => L["Title link"],
        PaperField.Authors => L["Authors"],
        PaperField.Venue => L["Venue"],
        PaperField.Date => L["Date"],
        PaperField.Extras => L["Other columns"],
        _ => field.ToString(),
    };

    public static string Kind(IStringLocalizer<AdminStrings> L, RevisionKind kind) => kind switch
    {
        RevisionKind.Created => L["Created"],
        RevisionKind.Updated => L["Updated"],
        RevisionKind.Deleted => L["Deleted"],
        RevisionKind.Restored => L["Restored"],
        RevisionKind.Flagged => L["Flagged"],
        _ => kind.ToString(),
    };

    public static string Role(IStringLocalizer<AdminStrings> L, string role) => role switch
    {
        Roles.Admin => L["Admin"],
        Roles.Editor => L["Editor"],
        _ => role,
    };
}
