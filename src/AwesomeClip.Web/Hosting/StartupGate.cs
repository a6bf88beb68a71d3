namespace AwesomeClip.Web.Hosting;

/// <summary>
/// Open once the catalog is migrated and imported and the search index is open. The server listens before that
/// (<see cref="AppStartup"/>), so requests that arrive early wait here instead of being refused.
/// </summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the app is ready; faults with the reason when start-up failed.</summary>
    public Task Ready => ready.Task;

    public bool IsOpen => ready.Task.IsCompletedSuccessfully;

    public void Open() => ready.TrySetResult();

    public void Fail(Exception reason) => ready.TrySetException(reason);
}
