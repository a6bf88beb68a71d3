using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AwesomeClip.Core.Storage.Configurations;

/// <summary>A paper's extra columns in one JSON text column (<c>[{"label","text"}]</c>): read and written whole, never queried.</summary>
internal static class ExtraFieldsJson
{
    public static readonly ValueConverter<List<ExtraField>, string> Converter = new(
        v => PaperValues.Serialize(v),
        v => PaperValues.ReadExtras(v));

    public static readonly ValueComparer<List<ExtraField>> Comparer = new(
        (a, b) => a != null && b != null && a.SequenceEqual(b),
        v => v.Aggregate(0, (hash, e) => HashCode.Combine(hash, e.GetHashCode())),
        v => v.ToList());
}
