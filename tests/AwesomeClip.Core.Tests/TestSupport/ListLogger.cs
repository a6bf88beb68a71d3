using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>Keeps what was logged, so tests can check that nothing failed quietly or that a rebuild was explained.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

    public IEnumerable<string> Messages(LogLevel atLeast) => Entries.Where(e => e.Level >= atLeast).Select(e => e.Message);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception)));
}
