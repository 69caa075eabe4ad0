using Nq52Metrics.Charts;
using ScottPlot;

namespace Nq52Metrics.Tests.Charts;

public sealed class LabelLayoutTests
{
    [Fact]
    public void Labels_of_nearby_points_take_the_next_free_corner_and_a_crowded_one_is_left_out()
    {
        // 1 data unit = 100 px both ways; "abcd" is 4 × 7.2 + 8 = 36.8 px wide and 16 px tall.
        var layout = new LabelLayout(10, 10, 1000, 1000);

        Assert.Equal(Alignment.LowerLeft, layout.Place(1, 1, "abcd"));   // right of the point, above it
        Assert.Equal(Alignment.UpperLeft, layout.Place(1, 1, "abcd"));   // the same point: right, below
        Assert.Equal(Alignment.LowerRight, layout.Place(1, 1, "abcd"));  // left, above
        Assert.Equal(Alignment.UpperRight, layout.Place(1, 1, "abcd"));  // left, below
        Assert.Null(layout.Place(1, 1, "abcd"));                         // nothing free
        Assert.Equal(Alignment.LowerLeft, layout.Place(2, 1, "abcd"));   // 100 px further right: free again
    }
}
