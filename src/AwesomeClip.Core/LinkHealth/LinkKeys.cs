using System.Security.Cryptography;
using System.Text;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// The key a URL's health is stored under: SHA-256 of the trimmed URL, in hex. A URL may be 2,000 characters of any
/// script, more than PostgreSQL's B-tree index takes in a row; its hash always fits.
/// </summary>
public static class LinkKeys
{
    public static string Of(string url) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.Trim())));
}
