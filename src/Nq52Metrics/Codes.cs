using System.Text;

namespace Nq52Metrics;

/// <summary>
/// Codes of units and nodes are compared in Unicode normalisation form C, so a code typed with precomposed letters
/// ("Huế" as U+1EBF) and one typed with combining marks ("Huế" as e + U+0302 + U+0301) are the same code.
/// </summary>
internal static class Codes
{
    /// <summary>
    /// The code in normalisation form C; null stays null, and text that is not valid UTF-16 (a lone surrogate) is kept
    /// as it is, for validation to report.
    /// </summary>
    /// <param name="code">A code as given.</param>
    /// <returns>The code to store and compare.</returns>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(code))]
    public static string? Normalize(string? code)
    {
        if (code is null || System.Text.Ascii.IsValid(code))
        {
            return code;
        }

        try
        {
            return code.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
