using System.Globalization;

namespace AwesomeClip.Web.Api;

/// <summary>Reads query-string values by hand so that bad input gets a 400 that says what is wrong.</summary>
internal sealed class QueryValidation
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool IsValid => errors.Count == 0;

    public IDictionary<string, string[]> Errors => errors;

    public int? Int(string name, string? raw, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            errors[name] = [$"'{Truncate(raw)}' is not a whole number."];
            return null;
        }
        if (value < min || value > max)
        {
            errors[name] = [$"must be between {min} and {max}, got {value}."];
            return null;
        }
        return value;
    }

    public void Fail(string name, string message) => errors[name] = [message];

    public static string Truncate(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
