namespace AwesomeClip.Core.Catalog;

public static class PaperYear
{
    /// <summary>
    /// The year of a paper whose row stands above the first year row of its table (early versions of the list
    /// have such rows). The export writes no year row for it, so the row stays where it was.
    /// </summary>
    public const int Unknown = 0;
}
