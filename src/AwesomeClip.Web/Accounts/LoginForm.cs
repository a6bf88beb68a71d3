using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Accounts;

public sealed class LoginForm
{
    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [EmailAddress(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.EmailAddress))]
    [StringLength(256, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.StringLength))]
    [Display(Name = nameof(FormMessages.Email), ResourceType = typeof(FormMessages))]
    public string Email { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.Required))]
    [StringLength(200, ErrorMessageResourceType = typeof(FormMessages), ErrorMessageResourceName = nameof(FormMessages.StringLength))]
    [DataType(DataType.Password)]
    [Display(Name = nameof(FormMessages.Password), ResourceType = typeof(FormMessages))]
    public string Password { get; set; } = "";
}
