using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Properties of the aggregation step on random frameworks and random normalised values.</summary>
public sealed class AggregationProperties
{
    /// <summary>Normalised-looking values in [0, 100) (or [1, 100) when <paramref name="positive"/>), some missing.</summary>
    private static UnitTable RandomScores(IndexFramework framework, Random rng, bool positive = false, double missingShare = 0.15)
    {
        var units = Build.Units(rng.Next(1, 12));
        var rows = units.Select(_ => framework.Indicators
                .Select(_ => rng.NextDouble() < missingShare ? double.NaN : (positive ? 1 : 0) + (rng.NextDouble() * 99))
                .ToArray())
            .ToArray();
        return Build.Table(units, framework.Indicators.Select(i => i.Code).ToArray(), rows);
    }

    private static UnitTable Aggregate(UnitTable table, IndexFramework framework, AggregationMethod? method = null) =>
        Aggregation.Apply(table, framework, new AggregationSpec(method));

    private static bool Close(double a, double b, double tolerance = 1e-9) =>
        double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Abs(a));

    [Property]
    public Property Raising_one_value_never_lowers_an_arithmetic_aggregate_of_that_unit(int seed)
    {
        var rng = new Random(seed);
        var framework = RandomIndex.Create(seed).Framework;
        var table = RandomScores(framework, rng);
        var unit = rng.Next(table.UnitCount);
        var indicator = rng.Next(table.ColumnCount);
        var before = table.Column(indicator)[unit];
        var raised = before + (rng.NextDouble() * 50);
        var rows = Enumerable.Range(0, table.UnitCount)
            .Select(i => Enumerable.Range(0, table.ColumnCount).Select(j => i == unit && j == indicator ? raised : table.Column(j)[i]).ToArray())
            .ToArray();

        var old = Aggregate(table, framework);
        var updated = Aggregate(Build.Table(table.Units, [.. table.Columns], rows), framework);

        var code = table.Columns[indicator];
        var ancestors = new List<string>();
        for (var node = framework[code]; node.Parent is not null; node = framework[node.Parent])
        {
            ancestors.Add(node.Parent);
        }

        // A missing value has nothing to raise (filling it in can legitimately lower a mean), so those draws are skipped.
        var unitCode = table.Units[unit].Code;
        return Prop.When(!double.IsNaN(before), () =>
            ancestors.All(a => updated[unitCode, a] >= old[unitCode, a] - 1e-12)
            && table.Units.Where(u => u.Code != unitCode).All(u => old.Columns.All(c => Close(old[u.Code, c], updated[u.Code, c], 0))));
    }

    [Property]
    public bool Weights_only_matter_relatively(int seed, PositiveInt factorSeed)
    {
        var rng = new Random(seed);
        var framework = RandomIndex.Create(seed).Framework;
        var table = RandomScores(framework, rng);
        var factor = Math.Exp((new Random(factorSeed.Get).NextDouble() * 10) - 5);
        var scaled = framework.WithWeights(framework.Nodes.ToDictionary(n => n.Code, n => n.Weight * factor));

        var methods = new[] { AggregationMethod.Arithmetic, AggregationMethod.Geometric, AggregationMethod.Harmonic };
        var positive = RandomScores(framework, new Random(seed), positive: true);
        return methods.All(method =>
        {
            var input = method == AggregationMethod.Arithmetic ? table : positive;
            var a = Aggregate(input, framework, method);
            var b = Aggregate(input, scaled, method);
            return a.Columns.All(c => a.Units.All(u => Close(a[u.Code, c], b[u.Code, c])));
        });
    }

    [Property]
    public bool An_arithmetic_aggregate_lies_between_its_available_children(int seed)
    {
        var rng = new Random(seed);
        var framework = RandomIndex.Create(seed).Framework;
        var scores = Aggregate(RandomScores(framework, rng), framework);

        return framework.Nodes.Where(n => !n.IsIndicator).All(node => scores.Units.All(u =>
        {
            var children = framework.ChildrenOf(node.Code).Select(c => scores[u.Code, c.Code]).Where(v => !double.IsNaN(v)).ToArray();
            var value = scores[u.Code, node.Code];
            return children.Length == 0
                ? double.IsNaN(value)
                : value >= children.Min() - 1e-9 && value <= children.Max() + 1e-9;
        }));
    }

    [Property]
    public bool Harmonic_is_at_most_geometric_which_is_at_most_arithmetic_for_one_level(int seed)
    {
        // A two-level framework: one mean of positive indicators, so the classical mean inequality applies.
        var rng = new Random(seed);
        var indicators = Enumerable.Range(1, rng.Next(1, 7))
            .Select(i => Nodes.Indicator($"X{i}") with { Weight = 0.1 + (rng.NextDouble() * 5) })
            .ToArray();
        var framework = Nodes.Flat(indicators);
        var table = RandomScores(framework, rng, positive: true);

        var arithmetic = Build.ColumnOf(Aggregate(table, framework, AggregationMethod.Arithmetic), Nodes.Top);
        var geometric = Build.ColumnOf(Aggregate(table, framework, AggregationMethod.Geometric), Nodes.Top);
        var harmonic = Build.ColumnOf(Aggregate(table, framework, AggregationMethod.Harmonic), Nodes.Top);

        return Enumerable.Range(0, arithmetic.Length).All(i =>
            double.IsNaN(arithmetic[i])
                ? double.IsNaN(geometric[i]) && double.IsNaN(harmonic[i])
                : harmonic[i] <= geometric[i] + 1e-9 && geometric[i] <= arithmetic[i] + 1e-9);
    }

    [Property]
    public Property A_units_aggregates_do_not_depend_on_the_other_units(int seed, bool geometric)
    {
        // Complete columns take the vectorised path, columns with a missing value the general one: adding a unit
        // with gaps moves some aggregates from one path to the other, and every other unit must keep its scores.
        var rng = new Random(seed);
        var framework = RandomIndex.Create(seed).Framework;
        var complete = RandomScores(framework, rng, positive: true, missingShare: 0);
        var rows = Enumerable.Range(0, complete.UnitCount)
            .Select(i => Enumerable.Range(0, complete.ColumnCount).Select(j => complete.Column(j)[i]).ToArray())
            .ToList();
        var gap = rng.Next(complete.ColumnCount);
        rows.Add(Enumerable.Range(0, complete.ColumnCount).Select(j => j == gap ? double.NaN : 1 + (rng.NextDouble() * 99)).ToArray());
        var extended = Build.Table(Build.Units(rows.Count), [.. complete.Columns], [.. rows]);
        var method = geometric ? AggregationMethod.Geometric : AggregationMethod.Arithmetic;

        var alone = Aggregate(complete, framework, method);
        var together = Aggregate(extended, framework, method);

        return alone.Columns.All(c => alone.Units.All(u => Close(alone[u.Code, c], together[u.Code, c], 1e-12)))
            .Label($"gap in {complete.Columns[gap]}");
    }
}
