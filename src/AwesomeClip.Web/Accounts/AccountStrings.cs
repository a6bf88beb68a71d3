namespace AwesomeClip.Web.Accounts;

/// <summary>The sign-in, access-denied and account pages' text (AccountStrings.resx, AccountStrings.zh-CN.resx; ADR-035).</summary>
public sealed class AccountStrings;
