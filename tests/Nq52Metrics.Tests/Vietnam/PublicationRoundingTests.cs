using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Publication rounding: half-up to two decimals from exact decimal arithmetic reproduces the published figures.</summary>
public sealed class PublicationRoundingTests
{
    [Fact]
    public void Hue_2025_input_51_50_and_output_47_23_publish_as_49_37()
    {
        Assert.Equal(49.37m, PublicationRounding.Pii(51.50m, 47.23m));
    }

    [Fact]
    public void Thanh_Hoa_2024_input_42_25_and_output_30_85_publish_as_36_55()
    {
        Assert.Equal(36.55m, PublicationRounding.Pii(42.25m, 30.85m));
    }

    [Theory]
    [InlineData(2025, "hue")]
    [InlineData(2024, "thanh-hoa")]
    public void The_published_sub_indices_of_the_seeds_reproduce_the_published_score(int edition, string unit)
    {
        var facts = VietnamSeeds.Embedded.Pii.Published(edition);
        var input = facts.FactsFor(unit, MeasureKind.Input).Single().Value;
        var output = facts.FactsFor(unit, MeasureKind.Output).Single().Value;

        Assert.Equal(facts.FactsFor(unit, MeasureKind.Score).Single().Value, PublicationRounding.Pii(input, output));
    }

    [Fact]
    public void Binary_doubles_land_below_the_midpoint_that_decimals_hit_exactly()
    {
        var exact = (51.50m + 47.23m) / 2m;
        var binary = (51.50 + 47.23) / 2;

        Assert.Equal(49.365m, exact);
        Assert.NotEqual(49.365, binary);
        Assert.Equal(49.36m, PublicationRounding.Publish(binary));
        Assert.Equal(49.36m, Math.Round(exact, 2, MidpointRounding.ToEven));
        Assert.Equal(49.37m, PublicationRounding.RoundHalfUp(exact));
    }

    [Fact]
    public void Rounding_keeps_exactly_the_published_decimals()
    {
        Assert.Equal("49.40", PublicationRounding.RoundHalfUp(49.4m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(50m, PublicationRounding.RoundHalfUp(49.5m, 0));
        Assert.Equal(-2.35m, PublicationRounding.RoundHalfUp(-2.345m));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationRounding.RoundHalfUp(1m, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationRounding.RoundHalfUp(1m, 29));
    }

    [Fact]
    public void A_built_double_is_published_through_its_round_trip_decimal()
    {
        Assert.Equal(49.365m, PublicationRounding.ToDecimal(49.365));
        Assert.Equal(49.37m, PublicationRounding.Publish(49.365));
        Assert.Null(PublicationRounding.Publish(double.NaN));
        Assert.Equal(0.00001m, PublicationRounding.ToDecimal(1e-5));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationRounding.ToDecimal(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => PublicationRounding.ToDecimal(1e30));
    }
}
