using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Grouping;

namespace Nq52Metrics.Tests.Grouping;

/// <summary>Regrouping values through a many-to-one map with the index's aggregation kernel.</summary>
public sealed class RegroupingTests
{
    private static readonly GroupMap Map = GroupMap.Create([("a", "X"), ("b", "X"), ("c", "Y"), ("d", "Z"), ("e", "Z"), ("f", "Z")]);

    [Fact]
    public void A_map_keeps_groups_in_order_of_their_first_member_and_rejects_a_member_in_two_groups()
    {
        Assert.Equal(["X", "Y", "Z"], Map.Groups);
        Assert.Equal(["d", "e", "f"], Map.MembersOf("Z"));
        Assert.Equal("Y", Map.GroupOf("c"));
        Assert.Null(Map.GroupOf("q"));
        var e = Assert.Throws<Nq52ValidationException>(() => GroupMap.Create([("a", "X"), ("a", "Y"), ("", "Z")]));
        Assert.Equal(2, e.Problems.Length);
        Assert.Contains(e.Problems, p => p.Message.Contains("more than one group", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_plain_or_weighted_means_and_missing_members_follow_the_rule()
    {
        var values = new Dictionary<string, double> { ["a"] = 10, ["b"] = 20, ["c"] = 7, ["d"] = 1, ["e"] = double.NaN, ["f"] = 3 };
        var weights = MemberWeighting.By(new Dictionary<string, double> { ["a"] = 3, ["b"] = 1, ["c"] = 1, ["d"] = 1, ["f"] = 1 });

        var plain = Regrouping.Values(values, Map);
        var weighted = Regrouping.Values(values, Map, weights);
        var lenient = Regrouping.Values(values, Map, missing: MissingMembers.UseAvailable);

        Assert.Equal([15.0, 7.0], plain.Take(2).Select(v => v.Value));
        Assert.True(double.IsNaN(plain[2].Value));
        Assert.Equal((2, 3, false), (plain[2].MembersWithValue, plain[2].MemberCount, plain[2].IsComplete));
        Assert.Equal(((3 * 10.0) + 20) / 4, weighted[0].Value);
        Assert.Equal(2.0, lenient[2].Value);
    }

    [Fact]
    public void Unknown_members_infinite_values_and_missing_weights_are_all_reported()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => Regrouping.Values(
            new Dictionary<string, double> { ["q"] = 1, ["a"] = double.PositiveInfinity, ["b"] = 2 },
            Map,
            MemberWeighting.By(new Dictionary<string, double> { ["a"] = 1 })));

        Assert.Equal(3, e.Problems.Length);
        Assert.Contains(e.Problems, p => p.Where.Unit == "q" && p.Message.Contains("no member", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Where.Unit == "a" && p.Message.Contains("infinite", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Where.Unit == "b" && p.Message.Contains("no weight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dataset_is_regrouped_with_summed_denominators_and_shared_groups()
    {
        var units = new[]
        {
            new Unit("a", "A", ImmutableDictionary<string, string>.Empty.Add("S", "s").Add("R", "1")),
            new Unit("b", "B", ImmutableDictionary<string, string>.Empty.Add("S", "s").Add("R", "2")),
            new Unit("c", "C", ImmutableDictionary<string, string>.Empty.Add("S", "s")),
            new Unit("d", "D"),
        };
        var data = Dataset.Create(
            UnitTable.FromRows(units, ["I"], [[1.0], [3.0], [5.0], [7.0]]),
            UnitTable.FromRows(units, ["Pop"], [[10.0], [20.0], [30.0], [40.0]]));

        var regrouped = Regrouping.Data(data, Map, groupNames: new Dictionary<string, string> { ["X"] = "Ex" });

        Assert.Equal(["X", "Y", "Z"], regrouped.Units.Select(u => u.Code));
        Assert.Equal("Ex", regrouped.Units[0].Name);
        Assert.Equal(2.0, regrouped.Indicators["X", "I"]);
        Assert.True(double.IsNaN(regrouped.Indicators["Z", "I"]));
        Assert.Equal(30.0, regrouped.Denominators["X", "Pop"]);
        Assert.True(double.IsNaN(regrouped.Denominators["Z", "Pop"]));
        Assert.Equal("s", regrouped.Units[0].GroupOf("S"));
        Assert.Null(regrouped.Units[0].GroupOf("R"));
    }

    [Fact]
    public void The_kernel_gives_exactly_the_textbook_weighted_mean_bit_for_bit()
    {
        var random = new Random(52);
        var members = Map.Members.ToArray();
        for (var trial = 0; trial < 200; trial++)
        {
            var byMember = members.ToDictionary(m => m, _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 6)));
            var weighting = MemberWeighting.By(members.ToDictionary(m => m, _ => random.NextDouble() * 100 + 1e-3));

            foreach (var group in Regrouping.Values(byMember, Map, weighting))
            {
                double sum = 0, total = 0;
                foreach (var m in Map.MembersOf(group.Group))
                {
                    sum += weighting.WeightOf(m)!.Value * byMember[m];
                    total += weighting.WeightOf(m)!.Value;
                }

                Assert.Equal(sum / total, group.Value);
            }
        }
    }
}
