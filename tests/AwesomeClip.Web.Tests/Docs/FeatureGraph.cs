using ArchUnitNET.Domain;

namespace AwesomeClip.Web.Tests.Docs;

/// <summary>Which feature of a project uses which, with the type pairs that make each edge.</summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<(string From, string To), SortedSet<string>> edges = [];

    /// <summary>
    /// Slices the types under <paramref name="root"/> by the namespace part just below it. Types directly in the root
    /// (Program, AppSetup: the composition) are no feature.
    /// </summary>
    public static FeatureGraph Of(IEnumerable<IType> types, string root) =>
        Of(types.SelectMany(t => t.Dependencies.Select(d => (Full(t), Full(d.Target)))), root);

    /// <summary>The same from (user, used) pairs of full type names, namespace included.</summary>
    public static FeatureGraph Of(IEnumerable<(string User, string Used)> dependencies, string root)
    {
        var graph = new FeatureGraph();
        foreach (var (user, used) in dependencies)
        {
            if (FeatureOf(user, root) is { } from && FeatureOf(used, root) is { } to && to != from)
            {
                graph.Add(from, to, $"{Outer(user)} -> {Outer(used)}");
            }
        }
        return graph;
    }

    /// <summary>Every set of features that reach each other (strongly connected, more than one), sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var features = edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var reach = features.ToDictionary(f => f, Reachable);
        return [.. features
            .Select(f => (IReadOnlyList<string>)[.. features.Where(g => g == f || (reach[f].Contains(g) && reach[g].Contains(f)))])
            .Where(c => c.Count > 1)
            .DistinctBy(c => string.Join('|', c))];
    }

    public string Explain(IReadOnlyList<string> cycle) =>
        "Cycle between " + string.Join(", ", cycle) + ":" + Environment.NewLine + string.Join(Environment.NewLine,
            edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
                .Select(e => $"  {e.Key.From} -> {e.Key.To}: {string.Join("; ", e.Value.Take(3))}"));

    private void Add(string from, string to, string example)
    {
        if (!edges.TryGetValue((from, to), out var examples)) edges[(from, to)] = examples = new SortedSet<string>(StringComparer.Ordinal);
        examples.Add(example);
    }

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var at))
        {
            foreach (var next in edges.Keys.Where(e => e.From == at).Select(e => e.To))
            {
                if (seen.Add(next)) pending.Push(next);
            }
        }
        return seen;
    }

    /// <summary>The namespace part below <paramref name="root"/>; null outside it and for the root's own types.</summary>
    private static string? FeatureOf(string fullName, string root)
    {
        var name = Outer(fullName);
        if (!name.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        var parts = name[(root.Length + 1)..].Split('.');
        return parts.Length > 1 ? parts[0] : null;
    }

    private static string Full(IType type) => type.FullName ?? "";

    /// <summary>Compiler-made nested types (async state machines, closures) reported as the type that wrote them.</summary>
    private static string Outer(string fullName) => fullName.Split('+')[0];
}
