using System.Globalization;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Renders or formats in a culture until disposed (the current culture flows with the test's async context).</summary>
public sealed class CultureScope : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
}
