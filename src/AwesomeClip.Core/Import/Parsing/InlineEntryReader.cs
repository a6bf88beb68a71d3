using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Reads one bullet, line or block entry from its inlines: a title (bold, or a link's text, or the plain text before
/// the links, after an optional <c>[**Venue Year**]</c> tag), the title's link, the links that follow (<c>[[code](…)]</c>,
/// <c>[github](…) |</c>, <c>[[pdf]](…)</c>, <c>Paper: https://…</c>), star badges, figures, and the free text between
/// them, which <see cref="MetaText"/> reads for authors, venue, year and date. Every part's span is recorded.
/// </summary>
internal static partial class InlineEntryReader
{
    [GeneratedRegex(@"https?://[^\s<>\]\)""']+", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"(?<label>[\p{L}\p{N}][\p{L}\p{N} .&+/()'-]{0,30}?)\s*[:：]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelBeforeUrl();

    [GeneratedRegex(@"^\s*(?<label>\p{L}[\p{L}-]{1,20})\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkWordBeforeUrl();

    [GeneratedRegex(@"\[\[?(?<label>[^\[\]()]{1,30})\]\]?\s+\(\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketLabelBeforeUrl();

    [GeneratedRegex(@"^\s*\[\s*(?<inner>[^\[\]]{2,60}?)\s*\]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BracketTag();

    /// <summary>Reads <paramref name="inlines"/> (one paragraph's, or one line's of it) into <paramref name="draft"/>.</summary>
    /// <param name="linkKind">Corrects a link's kind (a table's Code column makes its links code).</param>
    /// <param name="readTitle">False for a table cell that is not the title's.</param>
    /// <param name="readMeta">False where free text is not authors, venue or year (a links column).</param>
    public static void Read(IReadOnlyList<Inline> inlines, SourceText source, EntryDraft draft, Func<LinkValue, LinkValue>? linkKind = null, bool readTitle = true, bool readMeta = true)
    {
        var reader = new Walker(inlines, source, draft, linkKind ?? (l => l), readTitle, readMeta);
        reader.Run();
    }

    private sealed class Walker(IReadOnlyList<Inline> inlines, SourceText source, EntryDraft draft, Func<LinkValue, LinkValue> linkKind, bool readTitle, bool readMeta)
    {
        private readonly List<MetaRegion> regions = [];
        private int skipClosingBracket = -1;
        private int regionStart = -1;
        private int regionEnd = -1;
        private int index;

        private string Text => source.Text;

        public void Run()
        {
            if (readTitle) ReadTitle();
            for (; index < inlines.Count; index++) ReadRest(inlines[index]);
            Flush();
            if (readMeta) MetaText.Read(draft, regions);
        }

        private void ReadTitle()
        {
            while (index < inlines.Count)
            {
                var inline = inlines[index];
                if (IsBlank(inline) || inline is LineBreakInline || inline is HtmlInline html && HtmlTag.IsLineBreak(html.Tag)) { index++; continue; }
                if (inline is LinkInline badge && IsBadgeLink(badge)) { ReadBadge(badge); index++; continue; }
                if (inline is LinkInline { IsImage: true }) { index++; continue; }
                break;
            }
            if (index >= inlines.Count) return;
            var first = inlines[index];
            if (first is EmphasisInline { DelimiterCount: >= 2 } bold)
            {
                TitleFrom(bold, bold.OfType<LinkInline>().FirstOrDefault(l => !l.IsImage));
                draft.TitleBold = true;
                index++;
                return;
            }
            if (first is LinkInline { IsImage: false } link && link.Url is { Length: > 0 } && !IsBadgeLink(link))
            {
                TitleFrom(link, link);
                draft.TitleBold = link.Descendants<EmphasisInline>().Any(e => e.DelimiterCount >= 2);
                index++;
                return;
            }
            PlainTitle();
        }

        /// <summary>A bold title (maybe holding the title's link), or a link whose text is the title.</summary>
        private void TitleFrom(Inline whole, LinkInline? link)
        {
            var text = InlineText.Plain(whole).Trim();
            draft.Title = text;
            var (valueStart, valueEnd) = ContentSpan(link ?? (ContainerInline)whole);
            var (urlStart, urlEnd) = link is null ? (-1, -1) : UrlSpan(link);
            if (link?.Url is { } url) draft.Url = url.Trim();
            draft.Parts.Add(new ShapePart(PartKind.Title, whole.Span.Start, whole.Span.End + 1, valueStart, valueEnd, urlStart, urlEnd));
        }

        /// <summary>A title written as text: up to the first link, minus a "(2015), Authors" or ", Authors et al." tail.</summary>
        private void PlainTitle()
        {
            var start = inlines[index].Span.Start;
            var end = start;
            var at = index;
            while (at < inlines.Count && (inlines[at] is LiteralInline or CodeInline or HtmlEntityInline or EmphasisInline { DelimiterCount: 1 } || IsBoldInLeadingTag(at)))
            {
                end = inlines[at].Span.End + 1;
                at++;
            }
            if (end <= start) return;
            var whole = Text[start..end];
            var bare = BareUrl().Match(whole);
            var raw = bare.Success ? whole[..bare.Index] : whole;

            // "[**MICCAI 2020**] Title" and "[CVPR 2023] Title": a leading tag names the venue.
            var offset = 0;
            var tag = BracketTag().Match(raw);
            if (tag.Success)
            {
                var innerStart = tag.Groups["inner"].Index;
                var inner = tag.Groups["inner"].Value;
                var bold = inner.Length > 4 && inner.StartsWith("**", StringComparison.Ordinal) && inner.EndsWith("**", StringComparison.Ordinal) ? 2 : 0;
                var plainInner = inner[bold..^bold];
                if (VenueYear.Read(plainInner) is { } found)
                {
                    var abs = start + innerStart + bold;
                    if (found.HasVenue)
                    {
                        draft.Venue = MarkdownText.Plain(plainInner.Substring(found.VenueStart, found.VenueLength));
                        draft.Parts.Add(Plain(PartKind.Venue, abs + found.VenueStart, abs + found.VenueStart + found.VenueLength));
                    }
                    if (draft.OfferYear(found.Year, YearSource.Venue) && found.HasYearPart)
                        draft.Parts.Add(Plain(PartKind.Year, abs + found.YearStart, abs + found.YearStart + found.YearLength));
                    offset = tag.Length;
                }
            }

            var titleEnd = TitleEnd(raw.TrimEnd().TrimEnd('[').TrimEnd(), offset);
            var (ts, te) = MetaText.Trim(raw, offset, titleEnd);
            // "Title [[code](…)]": the bracket before the link is the link's.
            while (te > ts && (raw[te - 1] == '[' || char.IsWhiteSpace(raw[te - 1]))) te--;
            if (te <= ts) return;
            draft.Title = MarkdownText.Plain(raw[ts..te]);
            draft.Parts.Add(Plain(PartKind.Title, start + ts, start + te));
            // Whatever follows the title in the same stretch of text is read like the rest of the entry.
            index = at;
            if (start + te < end) Extend(start + te, end);
        }

        /// <summary>The bold of "[**MICCAI 2020**] Title", which Markdig reads as a literal "[", the bold and "] Title".</summary>
        private bool IsBoldInLeadingTag(int at) =>
            at == index + 1 && inlines[at] is EmphasisInline { DelimiterCount: >= 2 }
            && inlines[index] is LiteralInline open && open.Content.ToString().Trim() == "["
            && at + 1 < inlines.Count && inlines[at + 1] is LiteralInline close && close.Content.ToString().TrimStart().StartsWith(']');

        private static ShapePart Plain(PartKind kind, int start, int end) => new(kind, start, end, start, end);

        /// <summary>Where a plain title ends: before " (2015)", or before a trailing ", A. Author et al." list of names.</summary>
        private static int TitleEnd(string raw, int from)
        {
            var paren = Regex.Match(raw[from..], @"\s\((?:[^()]*?\b)?(?:19|20)\d{2}\b[^()]*\)|\s\((?:19|20)\d{2}\s*,[^()]*$");
            if (paren.Success) return from + paren.Index;
            var commas = new List<int>();
            for (var i = from; i < raw.Length; i++) if (raw[i] == ',') commas.Add(i);
            foreach (var comma in commas)
            {
                var tail = raw[(comma + 1)..].Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
                if (tail.Count == 0) continue;
                var names = tail.Where(t => VenueYear.Read(t) is null).ToList();
                if (names.Count > 0 && MetaText.LooksLikeNames(names)
                    && (tail.Any(t => Regex.IsMatch(t, @"\bet\s+al\b|\b[A-Z]\.\s|\b\p{Lu}\p{Ll}+\s+(?:and|&)\s+\p{Lu}")) || tail.Any(t => VenueYear.Read(t) is not null)))
                {
                    return comma;
                }
            }
            // "… using Neural Networks. Chen and Manning.": names after the title's last full stop.
            var stop = raw.LastIndexOf(". ", raw.Length - 1, raw.Length - from, StringComparison.Ordinal);
            if (stop > from)
            {
                var names = raw[(stop + 2)..].Trim().TrimEnd('.', ',').Trim();
                if (names.Length > 0 && MetaText.LooksLikeNames([names]) && Regex.IsMatch(names, @"\bet\s+al\b|\b[A-Z]\.\s|^\p{Lu}\p{Ll}+\s+(?:and|&)\s+\p{Lu}\p{Ll}+$"))
                    return stop;
            }
            return raw.Length;
        }

        private void ReadRest(Inline inline)
        {
            switch (inline)
            {
                case LinkInline link when IsBadgeLink(link):
                    Flush();
                    ReadBadge(link);
                    break;
                case LinkInline { IsImage: true } image:
                    Flush();
                    if (image.Url is { Length: > 0 } src && !IsBadgeImage(src))
                    {
                        draft.Figures.Add(src.Trim());
                        var (us, ue) = UrlSpan(image);
                        draft.Parts.Add(new ShapePart(PartKind.Figure, image.Span.Start, image.Span.End + 1, us, ue, Index: draft.Figures.Count - 1));
                    }
                    break;
                case LinkInline link when link.Url is { Length: > 0 } && IsPersonLink(link):
                    // "[@kwea123](https://github.com/kwea123), 2020": the author, written as a link to their profile.
                    Extend(link.Span.Start, link.Span.End + 1);
                    break;
                case LinkInline link when link.Url is { Length: > 0 }:
                    ReadLink(link);
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    Flush();
                    AddLink(auto.Url, auto.Url, auto.Span.Start, auto.Span.End + 1, auto.Span.Start, auto.Span.End + 1, auto.Span.Start + 1, auto.Span.End);
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    Flush();
                    draft.Parts.Add(new ShapePart(PartKind.Keep, html.Span.Start, html.Span.End + 1, html.Span.Start, html.Span.End + 1));
                    break;
                case HtmlInline html when HtmlTag.ImageSource(html.Tag) is { Length: > 0 } imageSource:
                    Flush();
                    draft.Figures.Add(imageSource);
                    var at = html.Span.Start + Math.Max(0, html.Tag.IndexOf(imageSource, StringComparison.Ordinal));
                    draft.Parts.Add(new ShapePart(PartKind.Figure, html.Span.Start, html.Span.End + 1, at, at + imageSource.Length, Index: draft.Figures.Count - 1));
                    break;
                case HtmlInline or LineBreakInline:
                    Flush();
                    break;
                case EmphasisInline { DelimiterCount: 1 } italic when italic.FirstChild is not null && !italic.Descendants<LinkInline>().Any():
                    Flush();
                    var (s, e) = ContentSpan(italic);
                    regions.Add(new MetaRegion(s, Text[s..e], Italic: true));
                    break;
                case EmphasisInline emphasis when !emphasis.Descendants<LinkInline>().Any():
                    Extend(emphasis.Span.Start, emphasis.Span.End + 1);
                    break;
                case ContainerInline container when container is not LinkInline:
                    // Emphasis around links, an unclosed "[" that Markdig keeps as a container: what is inside counts.
                    foreach (var child in container.ToList()) ReadRest(child);
                    break;
                default:
                    if (inline.Span.Length > 0) Extend(inline.Span.Start, inline.Span.End + 1);
                    break;
            }
        }

        private void ReadLink(LinkInline link)
        {
            var start = link.Span.Start;
            var end = link.Span.End + 1;
            // "[[code](url)]": the brackets around the link belong to it.
            if (regionEnd == start && regionStart < regionEnd && Text[regionEnd - 1] == '[' && end < Text.Length && Text[end] == ']')
            {
                regionEnd--;
                start--;
                end++;
                skipClosingBracket = end;
            }
            // "Homepage: [https://x.io](https://x.io)": the words before the colon label a link written as its URL.
            var label = InlineText.Plain(link).Trim();
            var (vs, ve) = ContentSpan(link);
            if (regionStart >= 0 && regionEnd == start && (label.Length == 0 || label.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                && LabelBeforeUrl().Match(Text[regionStart..regionEnd]) is { Success: true } named)
            {
                var labelStart = regionStart + named.Groups["label"].Index;
                label = named.Groups["label"].Value.Trim();
                (vs, ve) = (labelStart, labelStart + label.Length);
                regionEnd = regionStart + named.Index;
                start = labelStart;
                Flush();
                var (us0, ue0) = UrlSpan(link);
                AddLink(link.Url!.Trim(), label, start, end, vs, ve, us0, ue0);
                return;
            }
            Flush();
            // "[![Open In Colab](badge.svg)](url)": an image's alt text labels the link.
            if (label.Length == 0 && link.OfType<LinkInline>().FirstOrDefault(l => l.IsImage) is { } picture)
                label = string.Concat(picture.Select(InlineText.Plain)).Trim();
            // "[[pdf]](url)": the label's own brackets are markup.
            if (label.Length > 2 && label[0] == '[' && label[^1] == ']')
            {
                label = label[1..^1].Trim();
                (vs, ve) = (vs + 1, ve - 1);
            }
            var (us, ue) = UrlSpan(link);
            AddLink(link.Url!.Trim(), label, start, end, vs, ve, us, ue);
        }

        private void AddLink(string url, string label, int start, int end, int valueStart, int valueEnd, int urlStart, int urlEnd)
        {
            var value = linkKind(new LinkValue(LinkClassifier.Classify(label, url), label.Length == 0 ? url : label, url));
            draft.Links.Add(value);
            draft.Parts.Add(new ShapePart(PartKind.Link, start, end, valueStart, valueEnd, urlStart, urlEnd, Index: draft.Links.Count - 1));
        }

        private bool IsPersonLink(LinkInline link) =>
            readMeta && draft.Title is not null && draft.Links.Count == 0 && InlineText.Plain(link).TrimStart().StartsWith('@');

        private void ReadBadge(LinkInline link)
        {
            var badge = link.IsImage ? link : link.OfType<LinkInline>().First(l => l.IsImage);
            var repo = (link.IsImage || link.Url is null ? null : GithubRepo.FromRepositoryUrl(link.Url)) ?? GithubRepo.FromBadgeUrl(badge.Url ?? "");
            if (repo is null) return;
            draft.GithubRepo ??= repo;
            draft.Parts.Add(new ShapePart(PartKind.Badge, link.Span.Start, link.Span.End + 1, link.Span.Start, link.Span.End + 1));
        }

        private void Extend(int start, int end)
        {
            if (skipClosingBracket == start + 1 && start < Text.Length && Text[start] == ']') start++;
            if (start >= end) return;
            if (regionStart < 0 || regionEnd != start)
            {
                Flush();
                regionStart = start;
            }
            regionEnd = end;
        }

        private void Flush()
        {
            if (regionStart >= 0 && regionEnd > regionStart) ScanBareUrls(regionStart, regionEnd);
            regionStart = regionEnd = -1;
        }

        /// <summary>Splits a stretch of text at bare URLs ("Paper: https://…"): each is a link labelled by what precedes its colon.</summary>
        private void ScanBareUrls(int start, int end)
        {
            var raw = Text[start..end];
            var at = 0;
            foreach (Match url in BareUrl().Matches(raw))
            {
                if (url.Index >= 2 && raw[url.Index - 1] == '(' && raw[url.Index - 2] == ']') continue; // a link's destination, not a bare URL
                var value = url.Value.TrimEnd('.', ',', ';', ':');
                var before = raw[at..url.Index];
                var label = LabelBeforeUrl().Match(before);
                // "Paper  https://…": a link word alone before the URL labels it, colon or not.
                if (!label.Success && LinkWordBeforeUrl().Match(before) is { Success: true } word
                    && LinkClassifier.Classify(word.Groups["label"].Value, "") != LinkKind.Other)
                {
                    label = word;
                }
                // "[[pdf]] (https://…)": a link whose label and URL a space keeps Markdig from joining.
                var closing = 0;
                if (!label.Success && BracketLabelBeforeUrl().Match(before) is { Success: true } bracketed)
                {
                    label = bracketed;
                    var after = url.Index + value.Length;
                    if (after < raw.Length && raw[after] == ')') closing = 1;
                }
                var linkStart = url.Index;
                string text;
                if (label.Success)
                {
                    linkStart = at + label.Index;
                    text = label.Groups["label"].Value.Trim();
                    AddRegion(start + at, start + at + label.Index);
                }
                else
                {
                    text = value;
                    AddRegion(start + at, start + url.Index);
                }
                var labelStart = label.Success ? start + at + label.Groups["label"].Index : start + url.Index;
                var labelEnd = label.Success ? labelStart + label.Groups["label"].Value.TrimEnd().Length : start + url.Index + value.Length;
                AddLink(value, text, start + linkStart, start + url.Index + value.Length + closing, labelStart, labelEnd, start + url.Index, start + url.Index + value.Length);
                at = url.Index + value.Length + closing;
            }
            AddRegion(start + at, end);
        }

        private void AddRegion(int start, int end)
        {
            if (end > start && Text.AsSpan(start, end - start).Trim().Length > 0)
                regions.Add(new MetaRegion(start, Text[start..end], Italic: false));
        }

        private static bool IsBlank(Inline inline) => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace();

        private (int Start, int End) ContentSpan(ContainerInline container)
        {
            var children = container.ToList();
            if (children.Count == 0) return (container.Span.Start, container.Span.Start);
            var first = children[0];
            var last = children[^1];
            // Nested emphasis inside a link (or a link inside bold): the innermost text is the value.
            if (children.Count == 1 && first is ContainerInline inner && inner is not LinkInline { IsImage: true }) return ContentSpan(inner);
            return (first.Span.Start, last.Span.End + 1);
        }

        private (int Start, int End) UrlSpan(LinkInline link)
        {
            if (link.UrlSpan.Length > 0) return (link.UrlSpan.Start, link.UrlSpan.End + 1);
            var url = link.Url ?? "";
            var at = Text.IndexOf(url, link.Span.Start, Math.Max(0, link.Span.End + 1 - link.Span.Start), StringComparison.Ordinal);
            return at < 0 ? (-1, -1) : (at, at + url.Length);
        }
    }

    /// <summary>Shields and other status badges are decoration, not figures.</summary>
    public static bool IsBadgeImage(string url) =>
        url.Contains("shields.io", StringComparison.OrdinalIgnoreCase) || url.Contains("badge", StringComparison.OrdinalIgnoreCase);

    /// <summary>A link around a GitHub stars badge, or the badge image itself.</summary>
    public static bool IsBadgeLink(LinkInline link)
    {
        if (link.IsImage) return link.Url is { } u && GithubRepo.FromBadgeUrl(u) is not null;
        return link.OfType<LinkInline>().FirstOrDefault(l => l.IsImage) is { Url: { } badge } && GithubRepo.FromBadgeUrl(badge) is not null
            || link.FirstChild is LinkInline { IsImage: true } && link.Count() == 1 && link.Url is { } url && GithubRepo.FromRepositoryUrl(url) is not null
               && link.OfType<LinkInline>().First().Url is { } img && img.Contains("shields.io", StringComparison.OrdinalIgnoreCase);
    }
}
