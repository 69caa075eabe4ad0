using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// A weight of 0 leaves a node out of its parent's aggregate, as in COINr: for every aggregation method, the build with
/// an indicator weighed 0 gives every other node the scores and ranks of the build without that indicator, bit for bit.
/// </summary>
public sealed class ZeroWeightProperties
{
    private static readonly AggregationMethod[] Methods =
    [
        AggregationMethod.Arithmetic, AggregationMethod.Geometric, AggregationMethod.Harmonic, AggregationMethod.GeneralisedMean(0.5),
        AggregationMethod.MazziottaPareto(), AggregationMethod.Copeland, AggregationMethod.Median, AggregationMethod.Minimum,
    ];

    [Property(MaxTest = 80)]
    public Property An_indicator_weighed_0_is_as_if_it_were_not_there(PositiveInt seed, byte method, bool missing)
    {
        var index = RandomIndex.Create(seed.Get, missingShare: missing ? 0.15 : 0, allPositive: true);
        var framework = index.Framework;

        // An indicator that shares its pillar with another, so the pillar keeps a child of weight above 0.
        var candidates = framework.Indicators.Where(i => framework.ChildrenOf(i.Parent!).Length > 1).ToList();
        if (candidates.Count == 0)
        {
            return true.ToProperty();
        }

        var dropped = candidates[seed.Get % candidates.Count].Code;
        var methodology = Methodology.Default with
        {
            OutlierTreatment = OutlierTreatmentSpec.None,
            Normalisation = NormalisationMethod.MinMax(1, 100),
            Aggregation = new AggregationSpec(Methods[method % Methods.Length]),
        };
        var zeroed = framework.WithWeights(new Dictionary<string, double> { [dropped] = 0 });
        var without = framework.Without([dropped]);

        var withZero = IndexBuilder.Build(zeroed, index.Data, methodology);
        var kept = index.Data.Indicators.Columns.Where(c => c != dropped).ToList();
        var rows = index.Data.Units.Select(u => (IReadOnlyList<double>)kept.Select(c => index.Data.Indicators[u.Code, c]).ToList()).ToList();
        var data = Dataset.Create(UnitTable.FromRows(index.Data.Units, kept, rows), index.Data.Denominators);
        var reference = IndexBuilder.Build(without, data, methodology);

        foreach (var node in without.Nodes.Where(n => !n.IsIndicator))
        {
            var a = withZero.Scores.Column(node.Code).ToArray();
            var b = reference.Scores.Column(node.Code).ToArray();
            if (!a.SequenceEqual(b))
            {
                return false.Label($"{Methods[method % Methods.Length]}, {dropped} weighed 0: node {node.Code} {string.Join(" ", a)} ≠ {string.Join(" ", b)}");
            }

            if (!withZero.Ranks.Column(node.Code).ToArray().SequenceEqual(reference.Ranks.Column(node.Code).ToArray()))
            {
                return false.Label($"ranks of {node.Code} differ");
            }
        }

        return true.ToProperty();
    }
}
