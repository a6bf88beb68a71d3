using System.ComponentModel.DataAnnotations;
using AwesomeClip.Web.Accounts;

namespace AwesomeClip.Web.Admin.Users;

public sealed class AddUserForm
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, AllowedValues(Roles.Admin, Roles.Editor, ErrorMessage = "Choose Admin or Editor.")]
    public string Role { get; set; } = Roles.Editor;

    [Required, StringLength(200, MinimumLength = 12, ErrorMessage = "The initial password needs at least 12 characters."), DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";
}

public sealed class RoleForm
{
    [Required, AllowedValues(Roles.Admin, Roles.Editor, ErrorMessage = "Choose Admin or Editor.")]
    public string Role { get; set; } = Roles.Editor;
}
