using AwesomeClip.Core.Catalog;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Checks one URL: HEAD first, GET (headers only, the body is never read) where HEAD is refused or answered wrongly;
/// redirects followed here, not by the handler, so each hop is recorded, loops are caught and their number is bounded.
/// Retries, back-off and timeouts are the HttpClient's (<see cref="LinkCheckResilience"/>), politeness per host too
/// (<see cref="HostThrottle"/>).
/// </summary>
public sealed class LinkChecker(HttpClient http, IOptions<LinkHealthOptions> options, TimeProvider time)
{
    public const string ClientName = "AwesomeClip.LinkHealth";

    /// <summary>Answers to HEAD that servers give when they do not do HEAD (or do it wrongly); GET is asked instead.</summary>
    private static readonly HashSet<int> GetInstead = [400, 403, 404, 405, 406, 501];

    public async Task<UrlCheckResult> CheckAsync(string url, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        url = url.Trim();
        if (!LinkUrl.IsWeb(url)) return new UrlCheckResult(url, CheckOutcome.Refused, null, "not an http(s) web address", []);
        var current = new Uri(url);
        var hops = new List<RedirectHop>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { WithoutFragment(current) };
        while (true)
        {
            Answer answer;
            try
            {
                answer = await RequestAsync(current, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && CheckFailures.Describe(e, options.Value) is { } failure)
            {
                if (failure.Refused && hops.Count == 0) return new UrlCheckResult(url, CheckOutcome.Refused, null, failure.Message, hops);
                return Failed(url, null, hops.Count == 0 ? failure.Message : $"{failure.Message}, at {current} after {Redirects(hops.Count)}", hops);
            }

            if (answer.Status is 301 or 302 or 303 or 307 or 308)
            {
                if (answer.Location is null) return Failed(url, answer.Status, $"{CheckFailures.StatusText(answer.Status)} without a Location to go to", hops);
                var next = new Uri(current, answer.Location);
                hops.Add(new RedirectHop(answer.Status, next.AbsoluteUri));
                if (next.Scheme is not ("http" or "https")) return Failed(url, answer.Status, $"redirects to {next.Scheme}:, not to a web address", hops);
                if (!seen.Add(WithoutFragment(next))) return Failed(url, answer.Status, $"redirect loop: {next} comes back after {Redirects(hops.Count)}", hops);
                if (hops.Count > options.Value.MaxRedirects) return Failed(url, answer.Status, $"more than {Redirects(options.Value.MaxRedirects)}", hops);
                current = next;
                continue;
            }
            if (answer.Status is >= 200 and < 300)
                return new UrlCheckResult(url, hops.Count == 0 ? CheckOutcome.Ok : CheckOutcome.Redirected, answer.Status, null, hops);
            var why = CheckFailures.StatusText(answer.Status) + (answer.TooLongRetryAfter is { } wait
                ? $"; it asks to wait {CheckFailures.Duration(wait)}, more than LinkHealth:MaxRetryAfter ({CheckFailures.Duration(options.Value.MaxRetryAfter)})"
                : "");
            return Failed(url, answer.Status, why, hops);
        }
    }

    private async Task<Answer> RequestAsync(Uri url, CancellationToken ct)
    {
        var head = await SendAsync(HttpMethod.Head, url, ct).ConfigureAwait(false);
        return GetInstead.Contains(head.Status) ? await SendAsync(HttpMethod.Get, url, ct).ConfigureAwait(false) : head;
    }

    private async Task<Answer> SendAsync(HttpMethod method, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        // Headers only: disposing the response without reading drops the body (the handler drains 16 KB at most).
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        var tooLong = LinkCheckResilience.AsksTooLong(response, options.Value, time) ? LinkCheckResilience.RetryAfter(response, time) : null;
        return new Answer((int)response.StatusCode, response.Headers.Location, tooLong);
    }

    private static UrlCheckResult Failed(string url, int? status, string error, IReadOnlyList<RedirectHop> hops) =>
        new(url, CheckOutcome.Failed, status, error, hops);

    private static string Redirects(int count) => count == 1 ? "1 redirect" : $"{count} redirects";

    private static string WithoutFragment(Uri uri) => uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    private sealed record Answer(int Status, Uri? Location, TimeSpan? TooLongRetryAfter);
}
