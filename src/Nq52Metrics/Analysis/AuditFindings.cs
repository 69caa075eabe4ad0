using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Results;
using static System.FormattableString;

namespace Nq52Metrics.Analysis;

/// <summary>
/// Turns the audit's numbers into the findings its summary names (internal helper): flagged raw indicators (with what
/// outlier treatment did), indicators still skewed after treatment, aggregates with Cronbach's alpha below the
/// threshold (saying when children correlate negatively), first principal components of mixed signs, nodes negatively
/// correlated with their parent, collinear siblings, and aggregates with a single child.
/// </summary>
internal static class AuditFindings
{
    public static ImmutableArray<AuditFinding> Of(
        IndexResult result,
        StatisticsThresholds thresholds,
        ImmutableArray<IndicatorStatistics> statistics,
        ImmutableSortedDictionary<int, CorrelationMatrix> correlations,
        ImmutableArray<ParentCorrelation> parents,
        ImmutableArray<AggregateAlpha> alphas,
        ImmutableArray<KeyValuePair<string, PrincipalComponents>> components)
    {
        var framework = result.Framework;
        var findings = ImmutableArray.CreateBuilder<AuditFinding>();
        foreach (var s in statistics.Where(s => s.Step == AuditStep.Raw))
        {
            if (s.Flags.HasFlag(IndicatorFlags.LowAvailability))
            {
                findings.Add(new(s.Code, Invariant($"{Percent(1 - s.MissingShare)} of values available (threshold {Percent(thresholds.Availability)})")));
            }

            if (s.Flags.HasFlag(IndicatorFlags.SkewKurtosis))
            {
                findings.Add(new(s.Code, Invariant($"skew {Number(s.Skew)}, kurtosis {Number(s.Kurtosis)} → {Treatment(result.Outliers[s.Code])}")));
            }

            if (s.Flags.HasFlag(IndicatorFlags.ManyZeros))
            {
                findings.Add(new(s.Code, Invariant($"{Percent(s.ZerosShare)} of available values are zero (threshold {Percent(thresholds.Zeros)})")));
            }

            if (s.Flags.HasFlag(IndicatorFlags.FewUnique))
            {
                findings.Add(new(s.Code, Invariant($"only {Percent(s.UniqueShare)} of available values are distinct (threshold {Percent(thresholds.Unique)})")));
            }
        }

        foreach (var s in statistics.Where(s => s.Step == AuditStep.Treated && s.Flags.HasFlag(IndicatorFlags.SkewKurtosis)))
        {
            findings.Add(new(s.Code, Invariant($"still skew {Number(s.Skew)}, kurtosis {Number(s.Kurtosis)} after outlier treatment")));
        }

        foreach (var (node, alpha, _) in alphas.Where(a => a.Alpha < thresholds.Alpha))
        {
            var negative = NegativePairs(framework.ChildrenOf(node).Select(c => c.Code).ToArray(), correlations, framework[node].Level - 1);
            findings.Add(new(node, alpha < 0
                ? Invariant($"Cronbach's alpha {Number(alpha)}, children negatively correlated")
                : Invariant($"Cronbach's alpha {Number(alpha)}, below {Number(thresholds.Alpha)}{(negative ? "; some children negatively correlated" : "")}")));
        }

        foreach (var (node, pca) in components.Where(c => c.Value.MixedSigns))
        {
            var negative = pca.Codes.Where((_, i) => pca.FirstComponentWeights[i] < 0);
            findings.Add(new(node, $"the first principal component's loadings have mixed signs: PCA weights would be negative for {string.Join(", ", negative)}"));
        }

        foreach (var p in parents.Where(p => p.R < 0))
        {
            findings.Add(new(p.Code, Invariant($"negatively correlated with {(framework[p.Code].Parent == p.Parent ? "its parent" : "the index")} \"{p.Parent}\" (r = {Number(p.R)})")));
        }

        foreach (var (level, matrix) in correlations)
        {
            for (var i = 0; i < matrix.Size; i++)
            {
                for (var j = i + 1; j < matrix.Size; j++)
                {
                    var parent = framework[matrix.Codes[i]].Parent;
                    if (parent is not null && parent == framework[matrix.Codes[j]].Parent && Math.Abs(matrix[i, j]) > thresholds.HighCorrelation)
                    {
                        findings.Add(new(parent, Invariant($"children \"{matrix.Codes[i]}\" and \"{matrix.Codes[j]}\" correlate at {Number(matrix[i, j])}, above {Number(thresholds.HighCorrelation)}: possibly redundant")));
                    }
                }
            }
        }

        foreach (var node in framework.Nodes.Where(n => !n.IsIndicator && framework.ChildrenOf(n.Code).Length == 1))
        {
            findings.Add(new(node.Code, "a single child, so no Cronbach's alpha or PCA"));
        }

        return findings.ToImmutable();
    }

    private static bool NegativePairs(string[] children, ImmutableSortedDictionary<int, CorrelationMatrix> correlations, int level)
    {
        if (!correlations.TryGetValue(level, out var matrix))
        {
            return false;
        }

        return children.Any(a => children.Any(b => a != b && matrix[a, b] < 0));
    }

    private static string Treatment(IndicatorTreatment treatment) => treatment.Treatment switch
    {
        FinalTreatment.Winsorised => Invariant($"treated: {treatment.Points.Length} {(treatment.Points.Length == 1 ? "point" : "points")} winsorised"),
        FinalTreatment.LogTransformed => "treated: log-transformed",
        _ => "not treated",
    };

    /// <summary>Two decimals at most; a value that rounds to 0 shows as 0 (never -0).</summary>
    private static string Number(double value) => Math.Round(value, 2) is var r && r == 0 ? "0" : r.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
