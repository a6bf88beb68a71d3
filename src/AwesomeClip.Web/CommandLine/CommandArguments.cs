namespace AwesomeClip.Web.CommandLine;

/// <summary>Positional arguments, <c>--flag</c>/<c>--option value</c> pairs, and <c>--Section:Key=value</c> configuration overrides.</summary>
internal sealed record CommandArguments(
    IReadOnlyList<string> Positional,
    IReadOnlyDictionary<string, string?> Options,
    string[] ConfigurationArgs,
    bool Help)
{
    /// <summary>Options that take a value; every other --name is a flag.</summary>
    private static readonly HashSet<string> ValueOptions = ["role", "layout", "patch", "summary", "path"];

    public static CommandArguments Parse(IEnumerable<string> args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var configuration = new List<string>();
        var help = false;
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg is "--help" or "-h")
            {
                help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                configuration.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                if (ValueOptions.Contains(name))
                {
                    // "--layout --dry-run" or "--layout --Storage:DataDirectory=…" is a missing value, not a file named like an option.
                    if (!e.MoveNext() || e.Current.StartsWith("--", StringComparison.Ordinal)) throw new CommandUsageException($"--{name} needs a value");
                    options[name] = e.Current;
                }
                else
                {
                    options[name] = null;
                }
            }
            else
            {
                positional.Add(arg);
            }
        }
        return new CommandArguments(positional, options, [.. configuration], help);
    }

    public bool Flag(string name) => Options.ContainsKey(name);

    public void ExpectOnly(params string[] known)
    {
        var unknown = Options.Keys.Where(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0) throw new CommandUsageException($"unknown option --{unknown[0]}");
    }
}
