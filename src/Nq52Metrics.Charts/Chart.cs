using Nq52Metrics.Serialization;
using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>
/// One rendered-on-demand chart of a fixed size in pixels. Rendering is headless (no display needed); PNG and SVG
/// come from the same drawing. Files are written all or nothing (a temporary file moved into place).
/// </summary>
public sealed class Chart
{
    private readonly Plot _plot;

    internal Chart(Plot plot, string name, int width, int height, bool isSample)
    {
        _plot = plot;
        Name = name;
        Width = width;
        Height = height;
        IsSample = isSample;
    }

    /// <summary>The plot drawn (for tests of its labels).</summary>
    internal Plot Plot => _plot;

    /// <summary>A short file-name-safe name of the chart, e.g. <c>ranking</c> or <c>profile-VNM</c>.</summary>
    public string Name { get; }

    /// <summary>The title drawn at the top of the chart (its own, or the one of <see cref="ChartOptions.Title"/>).</summary>
    internal string Title => _plot.Axes.Title.Label.Text;

    /// <summary>
    /// True when the chart was drawn from sample data (the result's <c>IsSample</c>); its title then ends with the
    /// SAMPLE tag. False for real data and for charts of the framework alone.
    /// </summary>
    public bool IsSample { get; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels (charts with one row per unit grow with the number of units).</summary>
    public int Height { get; }

    /// <summary>Renders the chart as PNG bytes.</summary>
    /// <returns>A PNG image of <see cref="Width"/> × <see cref="Height"/> pixels.</returns>
    public byte[] ToPng()
    {
        lock (_plot)
        {
            return _plot.GetImageBytes(Width, Height, ImageFormat.Png);
        }
    }

    /// <summary>Renders the chart as SVG text.</summary>
    /// <returns>An SVG document of <see cref="Width"/> × <see cref="Height"/> pixels.</returns>
    public string ToSvg()
    {
        lock (_plot)
        {
            return _plot.GetSvgXml(Width, Height);
        }
    }

    /// <summary>Writes the chart as a PNG file.</summary>
    /// <param name="path">The destination; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public void SavePng(string path)
    {
        var bytes = ToPng();
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Writes the chart as an SVG file (UTF-8).</summary>
    /// <param name="path">The destination; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public void SaveSvg(string path)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ToSvg());
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Names the chart and its size.</summary>
    /// <returns>E.g. <c>ranking (900×1200)</c>.</returns>
    public override string ToString() => $"{Name} ({Width}×{Height})";
}
