using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace AwesomeClip.Web.Admin.Papers;

/// <summary>
/// Validates a <see cref="PaperForm"/> with <see cref="PaperFormRules"/> (the rules the service applies again) and puts
/// each message on its field, including the fields of each link (<c>Links[2].Url</c>) and of each other column
/// (<c>Extras[0].Text</c>). <see cref="Show"/> adds the messages the service returned (a duplicate title, a deleted category).
/// </summary>
public sealed partial class PaperFormValidation : ComponentBase, IDisposable
{
    private EditContext? context;
    private ValidationMessageStore? store;

    [CascadingParameter] public EditContext? CurrentEditContext { get; set; }

    [Inject] public required TimeProvider Clock { get; set; }

    [Inject] public required CoreMessageText Say { get; set; }

    [GeneratedRegex(@"^(?<list>Links|Extras)\[(?<index>\d+)\]\.(?<field>\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemField();

    protected override void OnParametersSet()
    {
        if (CurrentEditContext == context) return;
        Detach();
        context = CurrentEditContext ?? throw new InvalidOperationException($"{nameof(PaperFormValidation)} must be inside an EditForm.");
        store = new ValidationMessageStore(context);
        context.OnValidationRequested += ValidateAll;
        context.OnFieldChanged += ValidateField;
    }

    public void Show(IEnumerable<FieldError> errors)
    {
        if (context is null || store is null) return;
        store.Clear();
        foreach (var error in errors) store.Add(Map(error.Field), Say[error.Text]);
        context.NotifyValidationStateChanged();
    }

    private void ValidateAll(object? sender, ValidationRequestedEventArgs e) => Show(PaperFormRules.Validate(Form, Clock));

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        store!.Clear(e.FieldIdentifier);
        foreach (var error in PaperFormRules.Validate(Form, Clock))
        {
            if (Map(error.Field).Equals(e.FieldIdentifier)) store.Add(e.FieldIdentifier, Say[error.Text]);
        }
        context!.NotifyValidationStateChanged();
    }

    private PaperForm Form => (PaperForm)context!.Model;

    private FieldIdentifier Map(string field)
    {
        var m = ItemField().Match(field);
        if (!m.Success) return new FieldIdentifier(Form, field);
        var i = int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture);
        object? item = m.Groups["list"].Value == nameof(PaperForm.Links)
            ? (i < Form.Links.Count ? Form.Links[i] : null)
            : (i < Form.Extras.Count ? Form.Extras[i] : null);
        return item is null ? new FieldIdentifier(Form, field) : new FieldIdentifier(item, m.Groups["field"].Value);
    }

    private void Detach()
    {
        if (context is null) return;
        context.OnValidationRequested -= ValidateAll;
        context.OnFieldChanged -= ValidateField;
    }

    public void Dispose() => Detach();
}
