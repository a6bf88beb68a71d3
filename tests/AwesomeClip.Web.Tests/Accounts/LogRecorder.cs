using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>Keeps every log message of the app, formatted, for assertions.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            recorder.Messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
    }
}
