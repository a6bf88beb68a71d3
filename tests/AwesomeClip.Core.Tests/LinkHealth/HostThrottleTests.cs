using AwesomeClip.Core.LinkHealth;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>Politeness per host on a fake clock: slots and spacing without waiting for real time.</summary>
public sealed class HostThrottleTests
{
    private static readonly Uri First = new("https://arxiv.org/abs/2103.00020");
    private static readonly Uri Second = new("https://arxiv.org/abs/2305.07017");
    private static readonly Uri Elsewhere = new("https://github.com/openai/CLIP");

    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task ShouldLetAtMostTheLimitOfRequestsToOneHostInAtOnce()
    {
        var throttle = Throttle(concurrency: 2, spacing: TimeSpan.Zero);
        var one = await throttle.EnterAsync(First, TestContext.Current.CancellationToken);
        var two = await throttle.EnterAsync(Second, TestContext.Current.CancellationToken);

        var three = throttle.EnterAsync(First, TestContext.Current.CancellationToken);
        var other = throttle.EnterAsync(Elsewhere, TestContext.Current.CancellationToken);

        Assert.False(three.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
        one.Dispose();
        (await three.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
        two.Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task ShouldSpaceTheStartsOfRequestsToOneHost()
    {
        var throttle = Throttle(concurrency: 4, spacing: TimeSpan.FromSeconds(1));
        using var one = await throttle.EnterAsync(First, TestContext.Current.CancellationToken);

        var two = throttle.EnterAsync(Second, TestContext.Current.CancellationToken);
        var three = throttle.EnterAsync(First, TestContext.Current.CancellationToken);
        using var other = await throttle.EnterAsync(Elsewhere, TestContext.Current.CancellationToken);

        Assert.False(two.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(two.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var second = await two.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.False(three.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        using var third = await three.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ShouldGiveTheSlotBackWhenAWaitIsCancelled()
    {
        var throttle = Throttle(concurrency: 1, spacing: TimeSpan.FromSeconds(10));
        (await throttle.EnterAsync(First, TestContext.Current.CancellationToken)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = throttle.EnterAsync(First, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = throttle.EnterAsync(First, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(20));
        (await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
    }

    private HostThrottle Throttle(int concurrency, TimeSpan spacing) =>
        new(Options.Create(new LinkHealthOptions { PerHostConcurrency = concurrency, PerHostDelay = spacing }), time);
}
