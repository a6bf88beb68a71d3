using System.Globalization;
using System.Reflection;
using System.Xml.Linq;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Localization;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>
/// The core's messages in both languages (ADR-037): every template of the core has its code in its area's resources,
/// the English resource is the template's English word for word, and the Chinese one names the same values.
/// </summary>
public sealed class CoreMessageTextTests
{
    private static readonly CoreMessageText Say = new(new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizerFactory>());

    private static string ResourceFolder => Path.Combine(TestSupport.AppProcess.RepoRoot, "src", "AwesomeClip.Web", "Localization", "CoreMessages");

    /// <summary>Every <c>public static readonly MessageTemplate</c> of the core, wherever it is declared.</summary>
    public static IReadOnlyList<(string Owner, MessageTemplate Template)> AllTemplates { get; } =
        [.. typeof(CatalogDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(MessageTemplate))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (MessageTemplate)f.GetValue(null)!))];

    [Fact]
    public void ShouldFindTheTemplatesOfEveryFeatureThatSpeaks()
    {
        var owners = AllTemplates.Select(t => t.Owner.Split('.')[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "UrlMessages", "FieldMessages", "CharacterMessages", "EditorMessages", "ImportMessages", "ChangeSetMessages", "SuggestionMessages", "LinkHealthMessages", "ExportMessages" }, owners);
        Assert.True(AllTemplates.Count > 150, $"only {AllTemplates.Count} templates");
    }

    [Fact]
    public void ShouldGiveEveryTemplateACodeOfItsOwn()
    {
        var shared = AllTemplates.GroupBy(t => t.Template.Code).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Owner))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void ShouldHaveEveryTemplateInBothLanguagesWithTheSameValues()
    {
        var problems = new List<string>();
        foreach (var (owner, template) in AllTemplates)
        {
            var area = CoreMessageText.AreaOf(template.Code);
            var en = Read(Path.Combine(ResourceFolder, $"{area}.resx"));
            var zh = Read(Path.Combine(ResourceFolder, $"{area}.zh-CN.resx"));
            if (!en.TryGetValue(template.Code, out var english)) problems.Add($"{owner}: {area}.resx has no \"{template.Code}\"");
            else if (english != template.English) problems.Add($"{owner}: {area}.resx says \"{english}\", the core \"{template.English}\"");
            if (!zh.TryGetValue(template.Code, out var chinese)) problems.Add($"{owner}: {area}.zh-CN.resx has no \"{template.Code}\"");
            else if (!MessageTemplate.PlaceholdersOf(chinese).SequenceEqual(template.Placeholders))
                problems.Add($"{owner}: \"{chinese}\" names {{{string.Join("},{", MessageTemplate.PlaceholdersOf(chinese))}}}, the English {{{string.Join("},{", template.Placeholders)}}}");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ShouldHaveNoResourceForACodeTheCoreNoLongerHas()
    {
        var codes = AllTemplates.Select(t => t.Template.Code).ToHashSet(StringComparer.Ordinal);

        var stale = Directory.EnumerateFiles(ResourceFolder, "*.resx").SelectMany(f => Read(f).Keys.Where(k => !codes.Contains(k)).Select(k => $"{Path.GetFileName(f)}: {k}"));

        Assert.Empty(stale);
    }

    [Fact]
    public void ShouldSayEveryTemplateInEnglishExactlyAsTheCoreWritesIt()
    {
        using var culture = new CultureScope("en");
        foreach (var (owner, template) in AllTemplates)
        {
            var message = template.With([.. template.Placeholders.Select(i => (object?)$"v{i}")]);

            var said = Say.Say(message);

            Assert.False(said.IsEnglish && template.Code != ImportMessages.Refused.Code, $"{owner} has no resource");
            Assert.Equal(message.ToString(), said.Text);
        }
    }

    [Fact]
    public void ShouldSayAMessageInChineseWithTheFieldItNamesSaidTooAndNumbersAsTheCultureWritesThem()
    {
        using var culture = new CultureScope("zh-CN");

        var said = Say.Say(SuggestionMessages.TooLong.With(SuggestionMessages.TheNote, 2_000, 2_001));

        Assert.Equal(("备注超过了 2000 个字符（现有 2001 个）；请缩短。", false, null), (said.Text, said.IsEnglish, said.Lang));
    }

    [Fact]
    public void ShouldSayEachMessageOfAListAndKeepItsSeparator()
    {
        using var culture = new CultureScope("zh-CN");
        var errors = new MessageList([EditorMessages.MonthNeedsYear, EditorMessages.RepositoryFormat]);

        var said = Say[EditorMessages.OldValuesInvalid.With(errors)];

        Assert.Equal("旧的值已不再有效：填写月份需要先填写年份。 请按 owner/name 的格式填写 GitHub 仓库，例如 openai/CLIP。", said);
    }

    [Fact]
    public void ShouldFormatDatesOfAMessageForTheReader()
    {
        var decided = new DateTime(2026, 3, 4, 5, 6, 0, DateTimeKind.Utc);
        var message = SuggestionMessages.AlreadyRejected.With(7, "ada", decided, "重复");

        using (new CultureScope("zh-CN"))
            Assert.Equal("建议 #7 已由 ada 于 2026年3月4日 05:06（UTC）拒绝：“重复”。", Say[message]);
        using (new CultureScope("en"))
            Assert.Equal("Suggestion #7 was already rejected by ada on 2026-03-04 05:06 UTC: “重复”.", Say[message]);
    }

    [Fact]
    public void ShouldMarkAMessageWithoutATranslationAsEnglishOnAChinesePage()
    {
        using var culture = new CultureScope("zh-CN");
        var unknown = new MessageTemplate("Nowhere", "nothing", "Only in English.");

        var said = Say.Say(unknown);

        Assert.Equal(("Only in English.", true, "en"), (said.Text, said.IsEnglish, said.Lang));
    }

    private static Dictionary<string, string> Read(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal)
            : [];
}
