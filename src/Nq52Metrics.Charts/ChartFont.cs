using SkiaSharp;

namespace Nq52Metrics.Charts;

/// <summary>
/// The font every chart uses: the first installed family among <see cref="Candidates"/> whose typeface has every
/// glyph of <see cref="VietnameseSample"/>, so Vietnamese names (with stacked diacritics) never render as empty boxes.
/// </summary>
internal static class ChartFont
{
    /// <summary>A province name whose letters need the Vietnamese glyphs (ừ, ế, …).</summary>
    public const string VietnameseSample = "Thừa Thiên Huế Đắk Lắk Bà Rịa – Vũng Tàu";

    /// <summary>Families tried in order (Debian: fonts-dejavu-core, fonts-noto-core, fonts-liberation).</summary>
    public static readonly string[] Candidates = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Segoe UI", "Helvetica"];

    private static readonly Lazy<string?> Chosen = new(() => Candidates.FirstOrDefault(f => HasGlyphs(f)));

    /// <summary>The chosen family, or null when none of the candidates is installed with the glyphs.</summary>
    public static string? Family => Chosen.Value;

    /// <summary>Whether <paramref name="family"/> is installed and has every glyph of <paramref name="text"/>.</summary>
    /// <param name="family">A font family name.</param>
    /// <param name="text">The text to cover (default: <see cref="VietnameseSample"/>).</param>
    /// <returns>True when the installed typeface's family matches and covers the text.</returns>
    public static bool HasGlyphs(string family, string text = VietnameseSample)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        if (typeface is null || !typeface.FamilyName.Equals(family, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(text.Normalize(System.Text.NormalizationForm.FormC).Replace(" ", "", StringComparison.Ordinal));
    }
}
