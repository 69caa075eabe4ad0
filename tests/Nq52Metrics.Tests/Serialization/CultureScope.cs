using System.Globalization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// Runs code under a culture that writes numbers differently from the invariant culture (decimal comma, dot as
/// group separator, a different minus sign), restoring the previous cultures on dispose. Used to prove that files
/// and console output do not depend on the machine's culture.
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope()
    {
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NumberDecimalSeparator = ",";
        odd.NumberFormat.NumberGroupSeparator = ".";
        odd.NumberFormat.NegativeSign = "~";
        CultureInfo.CurrentCulture = odd;
        CultureInfo.CurrentUICulture = odd;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
