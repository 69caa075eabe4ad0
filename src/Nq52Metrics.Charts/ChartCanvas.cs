using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>
/// Shared set-up of every chart: a plot in the chosen font with readable sizes, and the size rules (one row per unit
/// needs about 18 pixels, so long rankings grow taller instead of overlapping their labels).
/// </summary>
internal static class ChartCanvas
{
    /// <summary>Pixels per labelled row of a horizontal bar or interval chart.</summary>
    public const int RowPixels = 18;

    /// <summary>Colours of the series (Tableau 10, readable in print and by most colour-blind readers).</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#4E79A7"), Color.FromHex("#F28E2B"), Color.FromHex("#59A14F"), Color.FromHex("#E15759"),
        Color.FromHex("#76B7B2"), Color.FromHex("#EDC948"), Color.FromHex("#B07AA1"), Color.FromHex("#FF9DA7"),
        Color.FromHex("#9C755F"), Color.FromHex("#BAB0AC"),
    ];

    /// <summary>A new plot with the title, the font, and 14-pixel tick labels.</summary>
    public static Plot NewPlot(string title)
    {
        var plot = new Plot();
        if (ChartFont.Family is { } family)
        {
            plot.Font.Set(family);
        }

        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    /// <summary>
    /// The chart, sized by the options (and at least <paramref name="minimumHeight"/> tall). A chart of sample data
    /// (<paramref name="isSample"/>) gets the SAMPLE tag after its title (its own or the options' one), in the
    /// options' language: the one place where charts are marked.
    /// </summary>
    public static Chart Finish(Plot plot, string name, ChartOptions? options, bool isSample, int minimumHeight = 0)
    {
        options ??= ChartOptions.Default;
        if (options.Title is { } title)
        {
            plot.Axes.Title.Label.Text = title;
        }

        if (isSample)
        {
            plot.Axes.Title.Label.Text = ChartText.Of(options, nameof(ChartTexts.SampleTitle), plot.Axes.Title.Label.Text);
        }

        if (ChartFont.Family is { } family)
        {
            plot.Font.Set(family);
        }

        return new Chart(plot, FileNameSafe(name), options.Width, Math.Max(options.Height, Math.Min(minimumHeight, 8000)), isSample);
    }

    /// <summary>
    /// The name with every character other than a letter, a digit, <c>-</c>, <c>_</c> or <c>.</c> replaced by <c>_</c>,
    /// so a unit code or group column such as <c>D/N</c> cannot reach into another folder or break a file name.
    /// </summary>
    internal static string FileNameSafe(string name) =>
        string.Create(name.Length, name, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_';
            }
        });

    /// <summary>Labels <paramref name="axis"/> with text at the given positions only.</summary>
    public static void ManualTicks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < positions.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }

        axis.TickGenerator = ticks;
    }

    /// <summary>Shortens a label to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max = 28) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// <summary>A colour from blue (−1) through white (0) to red (+1); NaN is grey.</summary>
    public static Color Diverging(double r)
    {
        if (double.IsNaN(r))
        {
            return Colors.LightGray;
        }

        var t = Math.Clamp(r, -1, 1);
        var blue = Color.FromHex("#2166AC");
        var red = Color.FromHex("#B2182B");
        var end = t < 0 ? blue : red;
        var a = Math.Abs(t);
        return new Color(
            (byte)(255 + ((end.R - 255) * a)),
            (byte)(255 + ((end.G - 255) * a)),
            (byte)(255 + ((end.B - 255) * a)));
    }
}
