using System.Globalization;

namespace AwesomeClip.Web.ChangeLog;

/// <summary>
/// The last change log entry applied to this instance's index, in a small file inside the index folder: deleting the
/// index deletes the position with it, and a missing position makes the follower start from the index as it was built.
/// </summary>
public sealed class ChangeLogPosition(string indexDirectory)
{
    private string FilePath => Path.Combine(indexDirectory, "changelog-position");

    public long? Read()
    {
        try
        {
            return long.TryParse(File.ReadAllText(FilePath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public void Write(long id)
    {
        Directory.CreateDirectory(indexDirectory);
        var temp = FilePath + ".tmp";
        File.WriteAllText(temp, id.ToString(CultureInfo.InvariantCulture));
        File.Move(temp, FilePath, overwrite: true);
    }
}
