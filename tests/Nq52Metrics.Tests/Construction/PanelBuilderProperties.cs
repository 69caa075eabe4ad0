using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>Properties of panel builds on random indices.</summary>
public sealed class PanelBuilderProperties
{
    /// <summary>Every step on: group-mean imputation, screening at 60 %, COINr outlier treatment, min-max, arithmetic means.</summary>
    private static Methodology Full(bool pooled) => Methodology.CoinrAsemExample with
    {
        Imputation = new ImputationSpec(ImputationMethod.GroupMean(RandomIndex.GroupColumn)),
        Screening = new ScreeningSpec(0.6),
        Normalisation = NormalisationMethod.MinMax(0, 100) with { Pooled = pooled },
    };

    private static T? OrNull<T>(Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (Nq52ValidationException)
        {
            return null;
        }
    }

    [Property]
    public bool Two_identical_periods_each_build_as_the_single_period(int seed, bool pooled)
    {
        var index = RandomIndex.Create(seed, missingShare: 0.1);
        var panel = PanelDataset.Create([new(1, index.Data), new(2, index.Data)]);

        var single = OrNull(() => IndexBuilder.Build(index.Framework, index.Data, Full(pooled)));
        var both = OrNull(() => PanelBuilder.Build(index.Framework, panel, Full(pooled)));
        if (single is null || both is null)
        {
            return single is null && both is null;
        }

        return both.Results.All(r => index.Framework.Nodes.All(n =>
            r.Scores.Column(n.Code).SequenceEqual(single.Scores.Column(n.Code)) && r.Ranks.Column(n.Code).SequenceEqual(single.Ranks.Column(n.Code))));
    }

    [Property]
    public bool Pooled_min_max_uses_the_min_and_max_of_all_periods_together(int seed)
    {
        var first = RandomIndex.Create(seed, missingShare: 0.1);
        var second = RandomIndex.Create(seed ^ 0x2545F491, missingShare: 0.1);
        var later = Dataset.Create(UnitTable.FromRows(first.Data.Units, first.Data.Indicators.Columns, Shifted(first.Data.Indicators, second.Data.Indicators)));
        var panel = PanelDataset.Create([new(2020, first.Data), new(2021, later)]);
        var plain = new Methodology { OutlierTreatment = OutlierTreatmentSpec.None, Normalisation = NormalisationMethod.MinMax(0, 100) with { Pooled = true } };

        if (OrNull(() => PanelBuilder.Build(first.Framework, panel, plain)) is not PanelResult result)
        {
            return true;
        }

        return first.Framework.Indicators.All(i =>
        {
            var direction = (double)(int)i.Direction;
            var all = result.Results.SelectMany(r => r.Treated.Column(i.Code).ToArray()).Where(v => !double.IsNaN(v)).Select(v => v * direction).ToList();
            var (min, max) = (all.Min(), all.Max());
            return result.Results.All(r =>
            {
                var x = r.Treated.Column(i.Code);
                var y = r.Normalised.Column(i.Code);
                for (var k = 0; k < x.Length; k++)
                {
                    var expected = ((x[k] * direction) - min) / (max - min) * 100;
                    if (double.IsNaN(x[k]) ? !double.IsNaN(y[k]) : Math.Abs(y[k] - expected) > 1e-9)
                    {
                        return false;
                    }
                }

                return true;
            });
        });
    }

    /// <summary>The first table's values plus, where both have one, the second's (same shape where they overlap).</summary>
    private static double[][] Shifted(UnitTable table, UnitTable other) =>
        Enumerable.Range(0, table.UnitCount).Select(i => Enumerable.Range(0, table.ColumnCount)
            .Select(j => table.Column(j)[i] + (i < other.UnitCount && j < other.ColumnCount && !double.IsNaN(other.Column(j)[i]) ? other.Column(j)[i] : 0)).ToArray()).ToArray();
}
