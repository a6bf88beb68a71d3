using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Suggestions;

namespace AwesomeClip.Web.Suggestions;

/// <summary>What the "Suggest a paper" form posts (never an entity): the reader's fields, the trap, and the form's state.</summary>
public sealed class SuggestForm
{
    public const string CheckStep = "check";
    public const string SendStep = "send";

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>A category's slug.</summary>
    public string? Category { get; set; }

    public string? Note { get; set; }

    public string? Contact { get; set; }

    /// <summary>The honeypot: hidden from people, labelled "leave empty"; a form that fills it is from a robot.</summary>
    public string? Subject { get; set; }

    /// <summary>The idempotency token, kept from the first view of the form to its send.</summary>
    public string? Token { get; set; }

    /// <summary><see cref="KeyOfInput"/> of what the reader last checked: a send of anything else is checked first.</summary>
    public string? Checked { get; set; }

    /// <summary>Which button: <see cref="CheckStep"/> or <see cref="SendStep"/>.</summary>
    public string? Step { get; set; }

    public SuggestionInput ToInput() => new(Title, Url, Category, Note, Contact);

    public bool IsTrapped => !string.IsNullOrEmpty(Subject);

    /// <summary>The token, or a new one when the post has none (or a malformed one).</summary>
    public Guid SubmissionToken()
    {
        if (!Guid.TryParseExact(Token, "N", out var token)) Token = (token = Guid.NewGuid()).ToString("N");
        return token;
    }

    /// <summary>What the check's duplicates and derived values depend on: the title, URL and category.</summary>
    public string KeyOfInput() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Title?.Trim()}\n{Url?.Trim()}\n{Category?.Trim()}")))[..16];
}
