using Microsoft.AspNetCore.Identity;

namespace AwesomeClip.Web.Accounts;

/// <summary>A maintainer who signs in with email and password. The user name is the email.</summary>
public sealed class AppUser : IdentityUser;
