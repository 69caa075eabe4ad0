using Nq52Metrics.Localization;

namespace Nq52Metrics.Charts;

/// <summary>
/// Size, title and language of a chart. Validated at construction: width and height between 200 and 8000 pixels.
/// </summary>
public sealed record ChartOptions
{
    /// <summary>The defaults: 1000 × 650 pixels, the chart's own title.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Width in pixels (200–8000).</summary>
    public int Width
    {
        get;
        init => field = InRange(value, nameof(Width));
    }

    = 1000;

    /// <summary>
    /// Height in pixels (200–8000). Charts with one row per unit use at least enough height for readable rows.
    /// </summary>
    public int Height
    {
        get;
        init => field = InRange(value, nameof(Height));
    }

    = 650;

    /// <summary>A title replacing the chart's own, or null for the chart's own.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The language of the chart's own labels (title, axis titles, legends, notes) and of the numbers in them:
    /// <see cref="DisplayLanguage.English"/> (default) or <see cref="DisplayLanguage.Vietnamese"/>. Node and unit
    /// names are shown as the data give them.
    /// </summary>
    public DisplayLanguage Language
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    }

    = DisplayLanguage.English;

    private static int InRange(int value, string name) =>
        value is >= 200 and <= 8000
            ? value
            : throw new Nq52ValidationException(name, $"{value} pixels is outside 200–8000.");
}
