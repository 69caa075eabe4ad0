using ScottPlot;

namespace Nq52Metrics.Charts;

/// <summary>
/// Greedy placement of point labels without overlap: each label tries the four corners around its point (right-up,
/// right-down, left-up, left-down) and takes the first whose box, estimated in pixels, overlaps no label placed before;
/// a label with no free corner is left out.
/// </summary>
internal sealed class LabelLayout
{
    private const double CharacterPixels = 7.2;
    private const double LinePixels = 16;
    private readonly List<(double Left, double Top, double Right, double Bottom)> _placed = [];
    private readonly double _pixelsPerX;
    private readonly double _pixelsPerY;

    /// <summary>A layout for data from 0 to the given maxima drawn over the given pixel area.</summary>
    public LabelLayout(double maxX, double maxY, double widthPixels, double heightPixels)
    {
        _pixelsPerX = maxX > 0 ? widthPixels / maxX : 1;
        _pixelsPerY = maxY > 0 ? heightPixels / maxY : 1;
    }

    /// <summary>The alignment of the first free corner for the label, or null when every corner is taken.</summary>
    public Alignment? Place(double x, double y, string text)
    {
        var px = x * _pixelsPerX;
        var py = -y * _pixelsPerY;
        var width = (text.Length * CharacterPixels) + 8;
        (Alignment Alignment, double Left, double Top)[] corners =
        [
            (Alignment.LowerLeft, px, py - LinePixels),
            (Alignment.UpperLeft, px, py),
            (Alignment.LowerRight, px - width, py - LinePixels),
            (Alignment.UpperRight, px - width, py),
        ];
        foreach (var (alignment, left, top) in corners)
        {
            var box = (left, top, left + width, top + LinePixels);
            if (!_placed.Any(p => p.Left < box.Item3 && box.left < p.Right && p.Top < box.Item4 && box.top < p.Bottom))
            {
                _placed.Add(box);
                return alignment;
            }
        }

        return null;
    }
}
