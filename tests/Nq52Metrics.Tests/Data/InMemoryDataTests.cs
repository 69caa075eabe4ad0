using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Tests.Data;

public sealed class InMemoryDataTests
{
    [Fact]
    public void A_unit_takes_its_groups_as_any_dictionary()
    {
        var unit = new Unit("hue", "Thừa Thiên Huế", new Dictionary<string, string> { ["Region"] = "NCC" });
        Assert.Equal("NCC", unit.GroupOf("Region"));
        Assert.Null(unit.GroupOf("Other"));
        Assert.Equal("hue (Thừa Thiên Huế)", unit.ToString());
        Assert.Equal("X", new Unit("X", "X").ToString());
        Assert.Throws<ArgumentNullException>(() => new Unit("a", "b", (IReadOnlyDictionary<string, string>)null!));
    }

    [Fact]
    public void Values_per_unit_become_columns_in_first_seen_order_with_missing_keys_as_NaN()
    {
        var data = Dataset.FromUnitValues(
        [
            (new Unit("A", "A"), new Dictionary<string, double> { ["x"] = 1, ["y"] = 2 }),
            (new Unit("B", "B"), new Dictionary<string, double> { ["z"] = 3, ["x"] = 4 }),
        ]);
        Assert.Equal(["x", "y", "z"], data.Indicators.Columns);
        Assert.Equal(4, data.Indicators["B", "x"]);
        Assert.True(double.IsNaN(data.Indicators["B", "y"]));
        Assert.True(double.IsNaN(data.Indicators["A", "z"]));
        Assert.Equal(0, data.Denominators.ColumnCount);
    }

    [Fact]
    public void Infinite_values_and_duplicate_units_are_refused()
    {
        var error = Assert.Throws<Nq52ValidationException>(() => Dataset.FromUnitValues(
        [
            (new Unit("A", "A"), new Dictionary<string, double> { ["x"] = double.PositiveInfinity }),
            (new Unit("A", "again"), new Dictionary<string, double> { ["x"] = 1 }),
        ]));
        Assert.Contains(error.Problems, p => p.Message.Contains("infinite", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void No_units_is_refused()
    {
        Assert.Throws<Nq52ValidationException>(() => Dataset.FromUnitValues([]));
    }

    [Fact]
    public void An_index_builds_from_a_builder_and_dictionaries()
    {
        var framework = new FrameworkBuilder("I").Indicator("x", parent: "I").Indicator("y", parent: "I", direction: Direction.Negative).Build();
        var data = Dataset.FromUnitValues(
        [
            (new Unit("A", "A"), new Dictionary<string, double> { ["x"] = 10, ["y"] = 0 }),
            (new Unit("B", "B"), new Dictionary<string, double> { ["x"] = 0, ["y"] = 10 }),
        ]);
        var result = IndexBuilder.Build(framework, data);
        Assert.Equal(["1. A  100.00", "2. B  0.00"], result.Ranking().Select(r => r.ToString()));
        Assert.Equal("Index \"I\": 2 units, 3 nodes on 2 levels; top 2: 1. A  100.00; 2. B  0.00", result.ToString());
    }

    [Fact]
    public void The_step_reports_read_as_one_line_each()
    {
        var framework = new FrameworkBuilder("I").Indicator("x", parent: "I").Indicator("y", parent: "I").Build();
        var data = Dataset.FromUnitValues(
        [
            (new Unit("A", "A"), new Dictionary<string, double> { ["x"] = 10, ["y"] = 1 }),
            (new Unit("B", "B"), new Dictionary<string, double> { ["x"] = 0, ["y"] = 10 }),
            (new Unit("C", "C"), new Dictionary<string, double> { ["x"] = 5 }),
        ]);
        var result = IndexBuilder.Build(framework, data, Methodology.Default with { Imputation = new ImputationSpec(ImputationMethod.Mean) });
        Assert.Equal("Imputation: 1 values imputed, 0 still missing", result.Imputation.ToString());
        Assert.Equal("Screening: 3 of 3 units kept; dropped: none", result.Screening.ToString());
        Assert.StartsWith("Outliers: ", result.Outliers.ToString(), StringComparison.Ordinal);
    }
}
