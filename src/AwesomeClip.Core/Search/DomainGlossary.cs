namespace AwesomeClip.Core.Search;

/// <summary>
/// Chinese ↔ English vocabulary of vision-language research. The catalog's titles and category names are English
/// and its abstracts mostly Chinese, so "检测" must find "Open-Vocabulary Detection" and "multilingual" must find
/// "多语言". Only field terms: generic words (图像, 文本, 模型, 学习) are left out on purpose, they would match everything.
/// </summary>
internal static class DomainGlossary
{
    private static readonly (string Chinese, string[] English)[] Entries =
    [
        ("蒸馏", ["distillation", "distill"]),
        ("知识蒸馏", ["knowledge distillation"]),
        ("分割", ["segmentation", "segmenter"]),
        ("语义分割", ["semantic segmentation"]),
        ("检测", ["detection", "detector"]),
        ("目标检测", ["object detection"]),
        ("异常检测", ["anomaly detection"]),
        ("视频", ["video"]),
        ("检索", ["retrieval", "retriever"]),
        ("图文检索", ["image-text retrieval"]),
        ("生成", ["generation", "generator", "synthesis"]),
        ("图像生成", ["image generation", "text-to-image"]),
        ("文本生成图像", ["text-to-image"]),
        ("分类", ["classification"]),
        ("零样本", ["zero-shot"]),
        ("小样本", ["few-shot"]),
        ("少样本", ["few-shot"]),
        ("提示", ["prompt"]),
        ("提示学习", ["prompt learning"]),
        ("微调", ["fine-tuning", "fine-tuned", "finetuning"]),
        ("预训练", ["pre-training", "pretraining", "pre-trained"]),
        ("对比学习", ["contrastive learning"]),
        ("字幕", ["captioning", "caption"]),
        ("图像描述", ["image captioning"]),
        ("动作识别", ["action recognition"]),
        ("识别", ["recognition"]),
        ("开放词汇", ["open-vocabulary"]),
        ("多语言", ["multilingual"]),
        ("多语", ["multilingual"]),
        ("双语", ["bilingual", "multilingual"]),
        ("长文本", ["long text", "long-text"]),
        ("可解释", ["explainability", "interpretability", "interpreting"]),
        ("解释", ["explainability", "interpreting"]),
        ("数据清洗", ["data cleaning", "data curation", "data filtering"]),
        ("清洗", ["cleaning", "cleaner", "filtering"]),
        ("数据筛选", ["data curation", "data filtering"]),
        ("筛选", ["curation", "filtering"]),
        ("过滤", ["filtering"]),
        ("噪声", ["noisy", "noise"]),
        ("鲁棒", ["robust", "robustness"]),
        ("对抗", ["adversarial"]),
        ("草图", ["sketch"]),
        ("素描", ["sketch"]),
        ("风格", ["style"]),
        ("风格迁移", ["style transfer"]),
        ("深度伪造", ["deepfake"]),
        ("联邦学习", ["federated learning"]),
        ("损失", ["loss"]),
        ("数据集", ["dataset"]),
        ("掩码", ["mask", "masking"]),
        ("适配器", ["adapter"]),
        ("跨模态", ["cross-modal", "cross-modality"]),
        ("多模态", ["multimodal", "multi-modal"]),
        ("密集预测", ["dense prediction"]),
        ("计数", ["counting"]),
        ("定位", ["localization"]),
        ("三维", ["3d"]),
        ("动作", ["action", "motion"]),
        ("运动", ["motion"]),
        ("知识", ["knowledge"]),
        ("合成", ["synthesis", "synthetic"]),
        ("持续学习", ["continual learning"]),
        ("效率", ["efficiency", "efficient"]),
        ("缩放", ["scaling"]),
    ];

    /// <summary>English terms for a run of CJK text: every entry whose Chinese term occurs in it.</summary>
    public static IEnumerable<string> EnglishFor(string chinese) =>
        Entries.Where(e => chinese.Contains(e.Chinese, StringComparison.Ordinal)).SelectMany(e => e.English).Distinct(StringComparer.Ordinal);

    /// <summary>Chinese terms for an English word or hyphenated term, compared by their stemmed form.</summary>
    public static IEnumerable<string> ChineseFor(string stemmedEnglish) =>
        ByStemmedEnglish.Value.GetValueOrDefault(stemmedEnglish) ?? [];

    /// <summary>
    /// Chinese terms for a misspelled English word ("retreival", "promt"): the glossary words within one edit
    /// (two from eight letters on), transpositions counting as one.
    /// </summary>
    public static IEnumerable<string> ChineseForTypo(string word)
    {
        var maxEdits = word.Length >= 8 ? 2 : 1;
        return Entries.SelectMany(e => e.English.Select(en => (en, e.Chinese)))
            .Where(p => !p.en.Contains(' ', StringComparison.Ordinal) && EditDistance.Within(word, p.en, maxEdits))
            .Select(p => p.Chinese).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Built on first use with the same English analysis as the index, so "distillation" finds "distil".</summary>
    public static Lazy<Dictionary<string, List<string>>> ByStemmedEnglish { get; } = new(() =>
    {
        using var analyzers = new CatalogAnalyzers();
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (chinese, english) in Entries)
        {
            foreach (var term in english)
            {
                var key = Stem(analyzers, term);
                if (key.Length == 0) continue;
                if (!map.TryGetValue(key, out var list)) map[key] = list = [];
                if (!list.Contains(chinese)) list.Add(chinese);
            }
        }
        return map;
    });

    public static string Stem(CatalogAnalyzers analyzers, string english) =>
        Stem(AnalyzedText.Tokens(analyzers.English, SearchFields.BodyEnglish, english, max: 8));

    /// <summary>The glossary's key for English already analyzed with <see cref="CatalogAnalyzers.English"/>.</summary>
    public static string Stem(IEnumerable<AnalyzedToken> english) => string.Join(' ', english.Take(8).Select(t => t.Term));
}
