using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// The rules of <see cref="PaperForm"/> that need no database: its attributes and its <see cref="IValidatableObject"/>
/// checks, all of them at once (the framework's validator skips the latter while an attribute fails).
/// </summary>
public static class PaperFormRules
{
    public static IReadOnlyList<FieldError> Validate(PaperForm form, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(form);
        var context = new ValidationContext(form, new ClockServices(clock), items: null);
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(form, context, results, validateAllProperties: true))
            results.AddRange(form.Validate(context)); // skipped by TryValidateObject once an attribute failed
        return results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => new FieldError(m, MessageResult.Of(r))))
            .Distinct()
            .ToList();
    }

    private sealed class ClockServices(TimeProvider clock) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(TimeProvider) ? clock : null;
    }
}
