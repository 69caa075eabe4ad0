using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Grouping;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>Old provinces mapped onto the 2025 units: mean of members (DTI 2024 practice), user weights, missing members, edition comparison.</summary>
public sealed class MergerAggregationTests
{
    private static readonly Dictionary<string, double> Before = new()
    {
        ["thai-nguyen"] = 47.75,
        ["bac-kan"] = 30,
        ["cao-bang"] = 22.18,
        ["lam-dong"] = 43.58,
    };

    [Fact]
    public void A_merged_unit_takes_the_plain_mean_of_its_members()
    {
        var merged = MergerAggregation.Values(Before);
        var thaiNguyen = merged.Single(m => m.Unit.Key == "thai-nguyen");

        Assert.Equal(34, merged.Length);
        Assert.Equal((47.75 + 30) / 2, thaiNguyen.Value);
        Assert.True(thaiNguyen.IsComplete);
        Assert.Equal(22.18, merged.Single(m => m.Unit.Key == "cao-bang").Value);
    }

    [Fact]
    public void A_unit_with_a_member_missing_is_missing_unless_available_members_may_stand_for_it()
    {
        var strict = MergerAggregation.Values(Before).Single(m => m.Unit.Key == "lam-dong");
        var lenient = MergerAggregation.Values(Before, missing: MissingMembers.UseAvailable).Single(m => m.Unit.Key == "lam-dong");

        Assert.True(double.IsNaN(strict.Value));
        Assert.Equal((1, 3), (strict.MembersWithValue, strict.MemberCount));
        Assert.Equal(43.58, lenient.Value);
        Assert.False(lenient.IsComplete);
        Assert.True(lenient.CompositionConfirmed);
        Assert.True(double.IsNaN(MergerAggregation.Values(Before, missing: MissingMembers.UseAvailable).Single(m => m.Unit.Key == "hue").Value));
    }

    [Fact]
    public void User_weights_give_a_weighted_mean()
    {
        var weighting = MemberWeighting.By(new Dictionary<string, double> { ["thai-nguyen"] = 3, ["bac-kan"] = 1, ["cao-bang"] = 5 });
        var merged = MergerAggregation.Values(Before.Where(p => p.Key != "lam-dong").ToDictionary(), weighting: weighting);

        Assert.Equal(((3 * 47.75) + 30) / 4, merged.Single(m => m.Unit.Key == "thai-nguyen").Value);
        Assert.Equal(22.18, merged.Single(m => m.Unit.Key == "cao-bang").Value);
    }

    [Fact]
    public void Unknown_provinces_missing_weights_and_bad_values_are_errors()
    {
        var e = Problems.Thrown(() => MergerAggregation.Values(
            new Dictionary<string, double> { ["hue"] = 1, ["cao-bang"] = double.PositiveInfinity, ["bac-kan"] = 2 },
            weighting: MemberWeighting.By(new Dictionary<string, double> { ["cao-bang"] = 1 })));

        Problems.AssertHas(e, "province \"hue\"", "no province before the 2025 merger");
        Problems.AssertHas(e, "province \"cao-bang\"", "infinite");
        Problems.AssertHas(e, "province \"bac-kan\"", "no weight");
        Problems.AssertSingle(() => MemberWeighting.By(new Dictionary<string, double> { ["x"] = 0 }), "weight of \"x\"", "greater than 0");
    }

    [Fact]
    public void A_whole_dataset_is_mapped_to_the_2025_units()
    {
        var units = ImmutableArray.Create(
            Build.Unit("19", ("Region", "NMM"), ("Status", "S")),
            Build.Unit("Bắc Kạn", ("Region", "NMM"), ("Status", "S")),
            Build.Unit("phu-tho", ("Region", "NMM"), ("Status", "S")),
            Build.Unit("vinh-phuc", ("Region", "RRD"), ("Status", "S")),
            Build.Unit("hoa-binh", ("Region", "NMM"), ("Status", "S")));
        var data = Dataset.Create(
            UnitTable.FromRows(units, ["I"], [[10.0], [20.0], [1.0], [2.0], [3.0]]),
            UnitTable.FromRows(units, ["Pop"], [[100.0], [50.0], [1.0], [2.0], [3.0]]));

        var merged = MergerAggregation.Data(data);

        Assert.Equal(["thai-nguyen", "phu-tho"], merged.Units.Select(u => u.Code));
        Assert.Equal("Thái Nguyên", merged.Units[0].Name);
        Assert.Equal(15.0, merged.Indicators["thai-nguyen", "I"]);
        Assert.Equal(2.0, merged.Indicators["phu-tho", "I"]);
        Assert.Equal(150.0, merged.Denominators["thai-nguyen", "Pop"]);
        Assert.Equal("NMM", merged.Units[0].GroupOf("Region"));
        Assert.Null(merged.Units[1].GroupOf("Region"));
        Assert.Equal("S", merged.Units[1].GroupOf("Status"));
    }

    [Fact]
    public void A_dataset_with_unknown_or_repeated_provinces_is_an_error()
    {
        var units = ImmutableArray.Create(new Unit("19", "19"), new Unit("thai-nguyen", "x"), new Unit("Atlantis", "y"));
        var data = Dataset.Create(UnitTable.FromRows(units, ["I"], [[1.0], [2.0], [3.0]]));

        var e = Problems.Thrown(() => MergerAggregation.Data(data));

        Problems.AssertHas(e, "unit \"thai-nguyen\"", "same province as \"19\"");
        Problems.AssertHas(e, "unit \"Atlantis\"", "not one of the 63 provinces");
    }

    [Fact]
    public void Editions_are_compared_across_the_merger_by_value_and_rank()
    {
        var after = new Dictionary<string, double> { ["thai-nguyen"] = 40, ["cao-bang"] = 25, ["ha-noi"] = 65.68 };

        var rows = EditionComparison.AcrossMerger(Before, after);
        var thaiNguyen = rows.Single(r => r.Unit.Key == "thai-nguyen");
        var caoBang = rows.Single(r => r.Unit.Key == "cao-bang");

        Assert.Equal(38.875, thaiNguyen.Before);
        Assert.Equal(1.125, thaiNguyen.Change);
        Assert.Equal((1.0, 2.0), (thaiNguyen.RankBefore, thaiNguyen.RankAfter));
        Assert.Equal((2.0, 3.0, -1.0), (caoBang.RankBefore, caoBang.RankAfter, caoBang.PlacesGained));
        Assert.True(double.IsNaN(rows.Single(r => r.Unit.Key == "ha-noi").RankBefore));
        Problems.AssertSingle(() => EditionComparison.AcrossMerger(Before, new Dictionary<string, double> { ["bac-kan"] = 1 }), "unit \"bac-kan\"", "no unit formed in 2025");
    }
}
