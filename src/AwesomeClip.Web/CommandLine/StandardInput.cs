namespace AwesomeClip.Web.CommandLine;

/// <summary>Standard input of a command; <paramref name="IsConsole"/> when a person types at a terminal.</summary>
internal sealed record StandardInput(TextReader Reader, bool IsConsole)
{
    /// <summary>One line; typed characters are not echoed when reading from a terminal.</summary>
    public string? ReadSecretLine(TextWriter prompt, string label)
    {
        if (!IsConsole) return Reader.ReadLine();
        prompt.Write(label);
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
        prompt.WriteLine();
        return new string([.. chars]);
    }
}
