using System.Globalization;
using System.Text;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// The app on a generated list longer than a page of <c>/papers</c> (Awesome-CLIP's table layout, each row with a figure,
/// a long Chinese abstract, a curator's note and links): "Train" with <see cref="Train2020"/>, <see cref="Train2021"/>
/// and <see cref="Train2022"/> papers, then "Video" with <see cref="Video2023"/>. Titles read "Train 2021 007" (1-based
/// within the year).
/// </summary>
public sealed class LongListApp() : ListApp(Write())
{
    public const int Train2020 = 90;
    public const int Train2021 = 80;
    public const int Train2022 = 60;
    public const int Video2023 = 5;
    public const int Total = Train2020 + Train2021 + Train2022 + Video2023;

    public static string Title(string category, int year, int n) => string.Create(CultureInfo.InvariantCulture, $"{category} {year} {n:000}");

    private static string Write()
    {
        var folder = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", "long-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        var figure = TestImages.Png(64, 40);
        var list = new StringBuilder("# Awesome Long List\n\nA generated list with more papers than a page holds.\n\n");
        foreach (var (category, years) in new[] { ("Train", new[] { (2020, Train2020), (2021, Train2021), (2022, Train2022) }), ("Video", new[] { (2023, Video2023) }) })
        {
            list.Append("## ").Append(category).Append("\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n");
            foreach (var (year, count) in years)
            {
                list.Append(CultureInfo.InvariantCulture, $"|{year}|\n");
                for (var n = 1; n <= count; n++)
                {
                    var title = Title(category, year, n);
                    var slug = title.Replace(' ', '-').ToLowerInvariant();
                    File.WriteAllBytes(Path.Combine(folder, "images", slug + ".png"), figure);
                    var abstractText = string.Concat(Enumerable.Repeat("文章提出一种新的对比学习方法，提升了图像和文本的对齐. ", 12));
                    list.Append(CultureInfo.InvariantCulture,
                        $"| **{title}** <br>| {abstractText} <br><br>🧟‍♂️:值得一读 {n} | <img src=\"./images/{slug}.png\"  width=\"640px\"/>| [[Github](https://github.com/example/{slug})] <br> [[Paper](https://arxiv.org/pdf/{year % 100:00}01.{n:00000})] |\n");
                }
            }
            list.Append('\n');
        }
        var path = Path.Combine(folder, "README.md");
        File.WriteAllText(path, list.ToString());
        return path;
    }
}
