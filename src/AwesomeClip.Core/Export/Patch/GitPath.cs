using System.Text;

namespace AwesomeClip.Core.Export.Patch;

/// <summary>A path as git writes it in a patch: as is, or C-quoted (octal UTF-8 bytes) when it holds what git quotes.</summary>
public static class GitPath
{
    public static string Quote(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.Any(NeedsQuoting)) return path;
        var quoted = new StringBuilder("\"");
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            quoted.Append(b switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                (byte)'\t' => "\\t",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                < 0x20 or >= 0x7f => "\\" + Convert.ToString(b, 8).PadLeft(3, '0'),
                _ => ((char)b).ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    private static bool NeedsQuoting(char c) => c is '"' or '\\' || c < 0x20 || c >= 0x7f;
}
