using System.Globalization;

namespace AwesomeClip.Benchmarks;

/// <summary>Latencies in milliseconds, sorted once, read as percentiles.</summary>
internal sealed class Timings
{
    private readonly List<double> sorted;

    public Timings(IEnumerable<double> milliseconds)
    {
        sorted = [.. milliseconds];
        sorted.Sort();
    }

    public int Count => sorted.Count;

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    public double Mean => sorted.Count == 0 ? double.NaN : sorted.Average();

    public double Percentile(double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Ms(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    public static string Met(bool met) => met ? "met" : "**not met**";
}
