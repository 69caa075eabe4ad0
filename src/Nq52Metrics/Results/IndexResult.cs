using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Ranking;

namespace Nq52Metrics.Results;

/// <summary>
/// Everything a build produced: the data after every step, the step reports, and the score and rank of every
/// unit for every node (indicators: their normalised value). Immutable.
/// </summary>
public sealed class IndexResult
{
    private readonly Lazy<UnitTable> _raw;

    internal IndexResult(PipelineInput input, Methodology methodology, StageOutcome[] outcomes)
    {
        Input = input;
        Methodology = methodology;
        Outcomes = outcomes;

        // The raw table is the denominated one when denomination is off; otherwise it is only put in framework order
        // when asked for (no division, so it cannot fail), so a build does not denominate twice.
        _raw = new Lazy<UnitTable>(() => methodology.Denomination.Enabled
            ? Denomination.ApplyToFittingData(input.Framework, input.Data, DenominationSpec.None)
            : outcomes[(int)PipelineStage.Denominate].Table);
    }

    /// <summary>The checked inputs and compiled aggregation plan the build ran on (reused by analyses of this result).</summary>
    internal PipelineInput Input { get; }

    /// <summary>Every stage's outcome, indexed by <see cref="PipelineStage"/> (reused by analyses that re-run from a stage).</summary>
    internal StageOutcome[] Outcomes { get; }

    /// <summary>The dataset the index was built from.</summary>
    public Dataset Data => Input.Data;

    /// <summary>
    /// True when the index was built from sample data: every unit of <see cref="Data"/> is marked
    /// <c>DataStatus = SAMPLE</c> (<see cref="Vietnam.PiiSample.IsSample(Data.Dataset)"/>); false for real data.
    /// Whatever is shown from this result (or from an analysis of it) should then carry the SAMPLE label.
    /// </summary>
    public bool IsSample => Vietnam.PiiSample.IsSample(Data);

    /// <summary>The table a stage produced (for <see cref="PipelineStage.Aggregate"/> the scores of every node, for
    /// <see cref="PipelineStage.Rank"/> their ranks).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Its output table.</returns>
    public UnitTable TableOf(PipelineStage stage) => Outcomes[(int)stage].Table;

    /// <summary>The framework the index was built on.</summary>
    public IndexFramework Framework => Input.Framework;

    /// <summary>The methodology used.</summary>
    public Methodology Methodology { get; }

    /// <summary>The ranked units (after screening), in input order.</summary>
    public ImmutableArray<Unit> Units => Scores.Units;

    /// <summary>Indicator values as given, in framework order (all input units).</summary>
    public UnitTable Raw => _raw.Value;

    /// <summary>After denomination (all input units).</summary>
    public UnitTable Denominated => TableOf(PipelineStage.Denominate);

    /// <summary>After each indicator's transform (all input units; the denominated table when no indicator has one).</summary>
    public UnitTable Transformed => TableOf(PipelineStage.Transform);

    /// <summary>After imputation (all input units).</summary>
    public UnitTable Imputed => TableOf(PipelineStage.Impute);

    /// <summary>After screening (kept units only).</summary>
    public UnitTable Screened => TableOf(PipelineStage.Screen);

    /// <summary>After outlier treatment.</summary>
    public UnitTable Treated => TableOf(PipelineStage.TreatOutliers);

    /// <summary>After normalisation.</summary>
    public UnitTable Normalised => TableOf(PipelineStage.Normalise);

    /// <summary>Scores of every node: normalised indicators, then the aggregates level by level.</summary>
    public UnitTable Scores => TableOf(PipelineStage.Aggregate);

    /// <summary>Ranks of every node (1 = best), with the methodology's tie rule.</summary>
    public UnitTable Ranks => TableOf(PipelineStage.Rank);

    /// <summary>What imputation filled in.</summary>
    public ImputationReport Imputation => (ImputationReport)Outcomes[(int)PipelineStage.Impute].Report!;

    /// <summary>Which units screening kept.</summary>
    public ScreeningReport Screening => (ScreeningReport)Outcomes[(int)PipelineStage.Screen].Report!;

    /// <summary>How every indicator was checked and treated for outliers.</summary>
    public OutlierReport Outliers => (OutlierReport)Outcomes[(int)PipelineStage.TreatOutliers].Report!;

    /// <summary>The code of the top node (the index; a framework has exactly one).</summary>
    public string IndexCode => Framework.NodesAtLevel(Framework.MaxLevel)[0].Code;

    /// <summary>The ranking of one node, best first; ties keep input order; units with a missing score come last.</summary>
    /// <param name="node">A node code; default the index.</param>
    /// <returns>One row per unit.</returns>
    /// <exception cref="KeyNotFoundException">Unknown node.</exception>
    public ImmutableArray<RankedUnit> Ranking(string? node = null)
    {
        node ??= IndexCode;
        var scores = Scores.Column(node);
        var ranks = Ranks.Column(node);
        var rows = new RankedUnit[Units.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new RankedUnit(ranks[i], Units[i], scores[i]);
        }

        return rows.Select((r, i) => (r, i))
            .OrderBy(p => double.IsNaN(p.r.Rank) ? double.PositiveInfinity : p.r.Rank)
            .ThenBy(p => p.i)
            .Select(p => p.r)
            .ToImmutableArray();
    }

    /// <summary>
    /// Ranks of one node within each group of a unit-group column (e.g. rank within region), in unit order;
    /// NaN for units with no group value or a missing score.
    /// </summary>
    /// <param name="node">A node code.</param>
    /// <param name="groupColumn">A group column the units carry.</param>
    /// <param name="ties">The tie rule; default the methodology's.</param>
    /// <returns>One rank per unit.</returns>
    public ImmutableArray<double> GroupRanks(string node, string groupColumn, TieMethod? ties = null)
    {
        var scores = Scores.Column(node);
        var result = Enumerable.Repeat(double.NaN, Units.Length).ToArray();
        foreach (var group in Units.Select(u => u.GroupOf(groupColumn)).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var members = Enumerable.Range(0, Units.Length).Where(i => Units[i].GroupOf(groupColumn) == group).ToArray();
            var memberScores = new double[members.Length];
            for (var k = 0; k < members.Length; k++)
            {
                memberScores[k] = scores[members[k]];
            }

            var ranks = Ranker.Rank(memberScores, ties ?? Methodology.Ranking);
            for (var k = 0; k < members.Length; k++)
            {
                result[members[k]] = ranks[k];
            }
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// The ratio of two nodes' scores per unit, e.g. the GII efficiency ratio Output / Input. NaN where either score
    /// is missing or the denominator is 0.
    /// </summary>
    /// <param name="numerator">Node code of the numerator.</param>
    /// <param name="denominator">Node code of the denominator.</param>
    /// <returns>One ratio per unit.</returns>
    public ImmutableArray<double> Ratio(string numerator, string denominator)
    {
        var top = Scores.Column(numerator);
        var bottom = Scores.Column(denominator);
        var result = new double[Units.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = bottom[i] == 0 ? double.NaN : top[i] / bottom[i];
        }

        return ImmutableArray.Create(result);
    }

    /// <summary>
    /// A short summary: the index code, units, nodes and levels, and the top three of the ranking; starts with
    /// <c>SAMPLE</c> when built from the shipped sample data (every unit marked <c>DataStatus = SAMPLE</c>).
    /// </summary>
    /// <returns>E.g. <c>Index "Index": 51 units, 58 nodes on 4 levels; top 3: 1. Switzerland  68.38; …</c>.</returns>
    public override string ToString()
    {
        var top = string.Join("; ", Ranking().Take(3));
        var sample = IsSample ? "SAMPLE " : "";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{sample}Index \"{IndexCode}\": {Units.Length} units, {Framework.Nodes.Length} nodes on {Framework.MaxLevel} levels; top {Math.Min(3, Units.Length)}: {top}");
    }
}
