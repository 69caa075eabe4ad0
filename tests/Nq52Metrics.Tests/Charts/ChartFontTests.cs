using Nq52Metrics.Charts;
using SkiaSharp;

namespace Nq52Metrics.Tests.Charts;

public sealed class ChartFontTests
{
    [Fact]
    public void The_chosen_font_has_every_glyph_of_Thua_Thien_Hue()
    {
        var family = ChartFont.Family;
        Assert.NotNull(family);
        using var typeface = SKFontManager.Default.MatchFamily(family);
        using var font = new SKFont(typeface);
        var glyphs = font.GetGlyphs("Thừa Thiên Huế".Normalize());
        Assert.DoesNotContain((ushort)0, glyphs);
    }

    [Fact]
    public void The_glyph_check_fails_for_letters_the_font_lacks_and_for_missing_families()
    {
        Assert.True(ChartFont.HasGlyphs(ChartFont.Family!, "Thừa Thiên Huế"));
        Assert.False(ChartFont.HasGlyphs(ChartFont.Family!, "中文"));
        Assert.False(ChartFont.HasGlyphs("No Such Font Family 52"));
    }

    [Fact]
    public void A_label_in_the_chosen_font_draws_differently_from_tofu()
    {
        // The same label drawn with the real letters and with letters no font here has: tofu boxes all look alike,
        // so the two images differ only if the real glyphs were drawn.
        static byte[] Draw(string text)
        {
            using var typeface = SKFontManager.Default.MatchFamily(ChartFont.Family);
            using var font = new SKFont(typeface, 32);
            using var paint = new SKPaint { Color = SKColors.Black };
            using var bitmap = new SKBitmap(400, 60);
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.White);
            canvas.DrawText(text, 4, 44, font, paint);
            return bitmap.Bytes;
        }

        var real = Draw("Huế");
        var tofu = Draw("Hu\uFFFE");
        var ascii = Draw("Hue");
        Assert.NotEqual(real, tofu);
        Assert.NotEqual(real, ascii);
    }
}
