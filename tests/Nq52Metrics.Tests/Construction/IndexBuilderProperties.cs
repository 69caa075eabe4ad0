using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Properties of the whole pipeline on random indices: monotonicity, unit-order independence, relative weights.</summary>
public sealed class IndexBuilderProperties
{
    /// <summary>Every step on: group-mean imputation, screening at 60 %, COINr outlier treatment, min-max, arithmetic means.</summary>
    private static readonly Methodology Full = Methodology.CoinrAsemExample with
    {
        Imputation = new ImputationSpec(ImputationMethod.GroupMean(RandomIndex.GroupColumn)),
        Screening = new ScreeningSpec(0.6),
    };

    /// <summary>Only normalisation (min-max 0–100) and arithmetic aggregation.</summary>
    private static readonly Methodology Minimal = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    private static Dataset WithRows(Dataset data, IReadOnlyList<Unit> units, double[][] rows) =>
        Dataset.Create(UnitTable.FromRows(units, data.Indicators.Columns, rows));

    private static double[][] Rows(UnitTable table) =>
        Enumerable.Range(0, table.UnitCount).Select(i => Enumerable.Range(0, table.ColumnCount).Select(j => table.Column(j)[i]).ToArray()).ToArray();

    private static IndexResult? TryBuild(IndexFramework framework, Dataset data, Methodology methodology)
    {
        try
        {
            return IndexBuilder.Build(framework, data, methodology);
        }
        catch (Nq52ValidationException)
        {
            return null;
        }
    }

    private static bool SameImputations(ImputationReport a, ImputationReport b)
    {
        var x = a.Imputed.OrderBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Indicator, StringComparer.Ordinal).ToArray();
        var y = b.Imputed.OrderBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Indicator, StringComparer.Ordinal).ToArray();
        return x.Length == y.Length
            && x.Zip(y).All(p => p.First.Unit == p.Second.Unit && p.First.Indicator == p.Second.Indicator && Close(p.First.Value, p.Second.Value));
    }

    private static bool Close(double a, double b) =>
        double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    [Property]
    public Property Moving_an_indicator_in_its_good_direction_never_lowers_the_units_aggregates(int seed)
    {
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var rng = new Random(seed ^ 0x5f3759df);
        var rows = Rows(index.Data.Indicators);
        var unit = rng.Next(rows.Length);
        var column = rng.Next(index.Framework.Indicators.Length);
        var indicator = index.Framework.Indicators[column];
        var before = rows[unit][column];
        rows[unit][column] = before + ((int)indicator.Direction * rng.NextDouble() * 20);

        return Prop.When(!double.IsNaN(before), () =>
        {
            var old = IndexBuilder.Build(index.Framework, index.Data, Minimal).Scores;
            var moved = IndexBuilder.Build(index.Framework, WithRows(index.Data, index.Data.Units, rows), Minimal).Scores;
            var code = index.Data.Units[unit].Code;
            var ancestors = new[] { indicator.Parent!, index.Framework[indicator.Parent!].Parent! };
            return ancestors.All(a => moved[code, a] >= old[code, a] - 1e-9)
                .Label($"unit {code}, indicator {indicator.Code} ({indicator.Direction}): {before} → {rows[unit][column]}");
        });
    }

    [Property]
    public bool Permuting_the_units_changes_nothing_but_their_order(int seed, PositiveInt shuffleSeed)
    {
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var order = Enumerable.Range(0, index.Data.Units.Length).ToArray();
        new Random(shuffleSeed.Get).Shuffle(order);
        var rows = Rows(index.Data.Indicators);
        var shuffled = WithRows(index.Data, order.Select(i => index.Data.Units[i]).ToArray(), order.Select(i => rows[i]).ToArray());

        var original = TryBuild(index.Framework, index.Data, Full);
        var permuted = TryBuild(index.Framework, shuffled, Full);
        if (original is null || permuted is null)
        {
            // Some draws cannot be built (e.g. screening leaves a constant column); then neither order may build.
            return original is null && permuted is null;
        }

        var expectedOrder = order.Select(i => index.Data.Units[i].Code).Where(original.Units.Select(u => u.Code).Contains);
        return permuted.Units.Select(u => u.Code).SequenceEqual(expectedOrder)
            && original.Scores.Columns.All(c => original.Units.All(u =>
                Close(original.Scores[u.Code, c], permuted.Scores[u.Code, c])
                && original.Ranks[u.Code, c].Equals(permuted.Ranks[u.Code, c])))
            && original.Screening.Dropped.Order().SequenceEqual(permuted.Screening.Dropped.Order())
            && SameImputations(original.Imputation, permuted.Imputation);
    }

    [Property]
    public bool Scaling_every_weight_by_a_power_of_two_changes_no_score_or_rank(int seed, sbyte exponent)
    {
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var factor = Math.ScaleB(1, exponent % 20);
        var scaled = index.Framework.WithWeights(index.Framework.Nodes.ToDictionary(n => n.Code, n => n.Weight * factor));

        var a = IndexBuilder.Build(index.Framework, index.Data, Minimal);
        var b = IndexBuilder.Build(scaled, index.Data, Minimal);

        return a.Scores.Columns.All(c => Build.ColumnOf(a.Scores, c).SequenceEqual(Build.ColumnOf(b.Scores, c))
            && Build.ColumnOf(a.Ranks, c).SequenceEqual(Build.ColumnOf(b.Ranks, c)));
    }

    [Property]
    public Property Only_the_ratios_of_sibling_weights_matter(int seed, PositiveInt factorSeed)
    {
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var rng = new Random(factorSeed.Get);
        var framework = index.Framework;

        // Each group of siblings gets its own factor: the ratios within every parent stay the same.
        var factors = framework.Nodes.Where(n => !n.IsIndicator).ToImmutableDictionary(n => n.Code, _ => Math.Exp((rng.NextDouble() * 10) - 5));
        var scaled = framework.WithWeights(framework.Nodes.Where(n => n.Parent is not null)
            .ToDictionary(n => n.Code, n => n.Weight * factors[n.Parent!]));

        var a = IndexBuilder.Build(framework, index.Data, Minimal).Scores;
        var b = IndexBuilder.Build(scaled, index.Data, Minimal).Scores;

        return a.Columns.All(c => a.Units.All(u => Close(a[u.Code, c], b[u.Code, c])))
            .Label(string.Join(", ", factors.Select(f => $"{f.Key} × {f.Value}")));
    }

    [Property]
    public Property Giving_one_child_more_weight_pulls_its_parent_towards_it(int seed)
    {
        // The counterpart of the two properties above, so they cannot pass by weights being ignored altogether.
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var framework = index.Framework;
        var parent = framework.Nodes.First(n => !n.IsIndicator && framework.ChildrenOf(n.Code).Length > 1);
        var child = framework.ChildrenOf(parent.Code)[0];
        var reweighted = framework.WithWeights(new Dictionary<string, double> { [child.Code] = child.Weight * 10 });

        var a = IndexBuilder.Build(framework, index.Data, Minimal).Scores;
        var b = IndexBuilder.Build(reweighted, index.Data, Minimal).Scores;

        var movable = a.Units.Where(u => Math.Abs(a[u.Code, child.Code] - a[u.Code, parent.Code]) > 1e-6).ToArray();
        return Prop.When(movable.Length > 0, () => movable.All(u =>
            Math.Abs(b[u.Code, child.Code] - b[u.Code, parent.Code]) < Math.Abs(a[u.Code, child.Code] - a[u.Code, parent.Code])));
    }
}
