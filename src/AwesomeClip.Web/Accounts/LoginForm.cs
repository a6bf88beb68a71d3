using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Accounts;

public sealed class LoginForm
{
    [Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [Required, StringLength(200), DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
