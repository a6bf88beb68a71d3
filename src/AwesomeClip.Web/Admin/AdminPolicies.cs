namespace AwesomeClip.Web.Admin;

// Placeholder: the accounts branch defines these policies (and registers them); replaced at merge.
public static class AdminPolicies { public const string Editor = "Editor"; public const string Admin = "Admin"; }
