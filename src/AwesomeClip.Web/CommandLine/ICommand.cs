namespace AwesomeClip.Web.CommandLine;

internal interface ICommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr);
}

internal sealed class CommandUsageException(string message) : Exception(message);
