namespace AwesomeClip.Core.Tests.Export;

/// <summary>Small lists, one per layout family, written for these tests.</summary>
public static class ExportFixtures
{
    public const string Bullets = """
        # Awesome Fields

        A list of neural field papers.

        ## Contents
        - [Papers](#papers)
          - [Faster](#faster)
          - [Slower](#slower)

        ## Papers

        <details open>
        <summary>Faster</summary>

        - [Fast One](https://one.example/), Ann Lee, Bo Chen, CVPR 2021 | [github](https://github.com/a/one) | [bibtex](./citations/one.txt)
        - [Fast Two](https://two.example/), Cy Dee et al., ICCV 2022 | [github](https://github.com/a/two)

        </details>

        ### Slower
        - [Slow One](https://three.example/), Ed Fox, arXiv 2023

        ## License
        MIT

        """;

    public const string Table = """
        # Fields by Year

        ## Papers

        | Year | Conf/Jour | Code | Title | OtherInfo |
        |---|---|---|---|---|
        | 2021 | CVPR | [code](https://github.com/b/x) | [Table One](https://t1.example/) | note |
        | 2022 | ECCV | - | [Table Two](https://t2.example/) | |

        """;

    public const string Blocks = """
        # Diffusion Things

        ## Vision

        ### Generation

        **Block One** \
        *Ann Lee, Bo Chen* \
        CVPR 2023. [[Paper](https://arxiv.org/abs/2301.00001)] [[Github](https://github.com/c/one)] \
        3 Jan 2023

        **Block Two** \
        *Cy Dee* \
        arXiv 2023. [[Paper](https://arxiv.org/abs/2302.00002)] \
        2 Feb 2023

        """;

    public const string Lines = """
        # Classic Papers

        ## Lines

        - **Line One** (2015), A. Author et al. [[pdf]](https://l1.example/one.pdf)
        - **Line Two** (2016), B. Writer and C. Scribe [[pdf]](https://l2.example/two.pdf)

        """;

    public static string Named(string name) => name switch
    {
        nameof(Bullets) => Bullets,
        nameof(Table) => Table,
        nameof(Blocks) => Blocks,
        nameof(Lines) => Lines,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such fixture"),
    };
}
