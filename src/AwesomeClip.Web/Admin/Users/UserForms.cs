using System.ComponentModel.DataAnnotations;
using AwesomeClip.Web.Accounts;

namespace AwesomeClip.Web.Admin.Users;

public sealed class AddUserForm
{
    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.EmailAddress))]
    [StringLength(256, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.StringLength))]
    [Display(Name = nameof(FormMessages.Email), ResourceType = typeof(FormMessages))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [AllowedValues(Roles.Admin, Roles.Editor, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.ChooseRole))]
    [Display(Name = nameof(FormMessages.Role), ResourceType = typeof(FormMessages))]
    public string Role { get; set; } = Roles.Editor;

    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [StringLength(200, MinimumLength = 12, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.InitialPasswordLength))]
    [DataType(DataType.Password)]
    [Display(Name = nameof(FormMessages.InitialPassword), ResourceType = typeof(FormMessages))]
    public string Password { get; set; } = "";
}

public sealed class RoleForm
{
    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [AllowedValues(Roles.Admin, Roles.Editor, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.ChooseRole))]
    [Display(Name = nameof(FormMessages.Role), ResourceType = typeof(FormMessages))]
    public string Role { get; set; } = Roles.Editor;
}
