using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Politeness per host: at most <see cref="LinkHealthOptions.PerHostConcurrency"/> requests in flight to one host, and
/// their starts at least <see cref="LinkHealthOptions.PerHostDelay"/> apart. Shared by every request of the process.
/// </summary>
public sealed class HostThrottle(IOptions<LinkHealthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Host> hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot of the URL's host; dispose the result when the response has arrived.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = hosts.GetOrAdd(url.IdnHost, _ => new Host(options.Value.PerHostConcurrency));
        await host.Slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var wait = host.Reserve(time, options.Value.PerHostDelay);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct).ConfigureAwait(false);
            return new Slot(host.Slots);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    private sealed class Host(int concurrency)
    {
        private readonly Lock gate = new();
        private long nextStart;

        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        /// <summary>Takes the next start time of this host; returns how long to wait for it.</summary>
        public TimeSpan Reserve(TimeProvider time, TimeSpan spacing)
        {
            lock (gate)
            {
                var now = time.GetTimestamp();
                var start = Math.Max(now, nextStart);
                nextStart = start + (long)(spacing.TotalSeconds * time.TimestampFrequency);
                return TimeSpan.FromSeconds((start - now) / (double)time.TimestampFrequency);
            }
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) slots.Release();
        }
    }
}

/// <summary>Puts each request of the checker's HttpClient (with its retries, which run inside) through <see cref="HostThrottle"/>.</summary>
public sealed class HostThrottleHandler(HostThrottle throttle) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (await throttle.EnterAsync(request.RequestUri!, cancellationToken).ConfigureAwait(false))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
