using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's messages in the reader's language (ADR-037): its English, word for word, is the key in
/// AccountStrings, so an English page reads as the framework writes it.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountStrings> L) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(base.DefaultError(), L["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() => Error(base.ConcurrencyFailure(), L["Optimistic concurrency failure, object has been modified."]);

    public override IdentityError PasswordMismatch() => Error(base.PasswordMismatch(), L["Incorrect password."]);

    public override IdentityError InvalidToken() => Error(base.InvalidToken(), L["Invalid token."]);

    public override IdentityError InvalidUserName(string? userName) => Error(base.InvalidUserName(userName), L["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(base.InvalidEmail(email), L["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(base.DuplicateUserName(userName), L["Username '{0}' is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(base.DuplicateEmail(email), L["Email '{0}' is already taken.", email]);

    public override IdentityError UserAlreadyInRole(string role) => Error(base.UserAlreadyInRole(role), L["User already in role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) => Error(base.UserNotInRole(role), L["User is not in role '{0}'.", role]);

    public override IdentityError UserLockoutNotEnabled() => Error(base.UserLockoutNotEnabled(), L["Lockout is not enabled for this user."]);

    public override IdentityError PasswordTooShort(int length) => Error(base.PasswordTooShort(length), L["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(base.PasswordRequiresUniqueChars(uniqueChars), L["Passwords must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(base.PasswordRequiresNonAlphanumeric(), L["Passwords must have at least one non alphanumeric character."]);

    public override IdentityError PasswordRequiresDigit() => Error(base.PasswordRequiresDigit(), L["Passwords must have at least one digit ('0'-'9')."]);

    public override IdentityError PasswordRequiresLower() => Error(base.PasswordRequiresLower(), L["Passwords must have at least one lowercase ('a'-'z')."]);

    public override IdentityError PasswordRequiresUpper() => Error(base.PasswordRequiresUpper(), L["Passwords must have at least one uppercase ('A'-'Z')."]);

    private static IdentityError Error(IdentityError framework, LocalizedString text) => new() { Code = framework.Code, Description = text.Value };
}
