using System.Collections.Immutable;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Everything a <see cref="StatisticalAudit"/> computed: indicator statistics per step, correlation matrices per level,
/// correlations with parent and index, Cronbach's alpha and PCA per aggregate, effective (and optionally optimised)
/// weights, strengths and weaknesses, and the findings the summary names. Immutable.
/// </summary>
/// <param name="IndexCode">The index's code.</param>
/// <param name="UnitCount">Units audited (after screening).</param>
/// <param name="Statistics">Statistics of every indicator at the raw, treated and normalised steps, in that order.</param>
/// <param name="Correlations">The correlation matrix of each level with at least 2 nodes, by level (level 1 on normalised values).</param>
/// <param name="ParentCorrelations">Each node's correlation with its parent and, when that is not the index, with the index.</param>
/// <param name="Alphas">Cronbach's alpha of each aggregate with at least 2 children, by aggregate code, in framework order.</param>
/// <param name="Components">The PCA of each aggregate with at least 2 children, by aggregate code, in framework order.</param>
/// <param name="EffectiveWeights">Every node's weight and effective weight, in framework order.</param>
/// <param name="OptimisedWeights">The optimised weights, when asked for.</param>
/// <param name="StrengthsWeaknesses">Every unit's strengths and weaknesses.</param>
/// <param name="Findings">The problems found, in the order of the files.</param>
/// <param name="IsSample">True when the audited index was built from sample data (<see cref="Results.IndexResult.IsSample"/>): show the SAMPLE label with it.</param>
public sealed record AuditResult(
    string IndexCode,
    int UnitCount,
    ImmutableArray<IndicatorStatistics> Statistics,
    ImmutableSortedDictionary<int, CorrelationMatrix> Correlations,
    ImmutableArray<ParentCorrelation> ParentCorrelations,
    ImmutableArray<AggregateAlpha> Alphas,
    ImmutableArray<KeyValuePair<string, PrincipalComponents>> Components,
    ImmutableArray<EffectiveWeight> EffectiveWeights,
    OptimisedWeights? OptimisedWeights,
    ImmutableArray<StrengthWeakness> StrengthsWeaknesses,
    ImmutableArray<AuditFinding> Findings,
    bool IsSample)
{
    /// <summary>
    /// A short summary: index, units, indicators, aggregates with an alpha, and the findings (the first three named);
    /// starts with <c>SAMPLE</c> when the audited index was built from sample data.
    /// </summary>
    /// <returns>E.g. <c>Audit of "Index": 51 units, 49 indicators, 8 aggregates; 2 findings: …</c>.</returns>
    public override string ToString()
    {
        var indicators = Statistics.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count();
        var findings = Findings.IsEmpty ? "no findings" : $"{Findings.Length} findings: {string.Join("; ", Findings.Take(3))}{(Findings.Length > 3 ? "; …" : "")}";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{(IsSample ? "SAMPLE " : "")}Audit of \"{IndexCode}\": {UnitCount} units, {indicators} indicators, {Alphas.Length} aggregates; {findings}");
    }
}
