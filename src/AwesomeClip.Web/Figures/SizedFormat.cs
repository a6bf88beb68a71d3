namespace AwesomeClip.Web.Figures;

/// <summary>The formats smaller sizes are made in: WebP for every browser of today, JPEG or PNG for the rest.</summary>
public enum SizedFormat
{
    WebP,
    Jpeg,
    Png,
}

public static class SizedFormats
{
    public static string Extension(this SizedFormat format) => format switch
    {
        SizedFormat.WebP => "webp",
        SizedFormat.Jpeg => "jpg",
        _ => "png",
    };

    public static string ContentType(this SizedFormat format) => format switch
    {
        SizedFormat.WebP => "image/webp",
        SizedFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };

    public static SizedFormat? FromExtension(string extension) => extension switch
    {
        "webp" => SizedFormat.WebP,
        "jpg" => SizedFormat.Jpeg,
        "png" => SizedFormat.Png,
        _ => null,
    };
}
