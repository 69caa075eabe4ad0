using System.Collections.Immutable;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

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
                findings.Add(AuditFinding.Keyed(s.Code, nameof(Messages.AuditLowAvailability), Percent(1 - s.MissingShare), Percent(thresholds.Availability)));
            }

            if (s.Flags.HasFlag(IndicatorFlags.SkewKurtosis))
            {
                findings.Add(Treated(s.Code, Number(s.Skew), Number(s.Kurtosis), result.Outliers[s.Code]));
            }

            if (s.Flags.HasFlag(IndicatorFlags.ManyZeros))
            {
                findings.Add(AuditFinding.Keyed(s.Code, nameof(Messages.AuditManyZeros), Percent(s.ZerosShare), Percent(thresholds.Zeros)));
            }

            if (s.Flags.HasFlag(IndicatorFlags.FewUnique))
            {
                findings.Add(AuditFinding.Keyed(s.Code, nameof(Messages.AuditFewUnique), Percent(s.UniqueShare), Percent(thresholds.Unique)));
            }
        }

        foreach (var s in statistics.Where(s => s.Step == AuditStep.Treated && s.Flags.HasFlag(IndicatorFlags.SkewKurtosis)))
        {
            findings.Add(AuditFinding.Keyed(s.Code, nameof(Messages.AuditStillSkewed), Number(s.Skew), Number(s.Kurtosis)));
        }

        foreach (var (node, alpha, _) in alphas.Where(a => a.Alpha < thresholds.Alpha))
        {
            var negative = NegativePairs(framework.ChildrenOf(node).Select(c => c.Code).ToArray(), correlations, framework[node].Level - 1);
            findings.Add(alpha < 0
                ? AuditFinding.Keyed(node, nameof(Messages.AuditAlphaNegative), Number(alpha))
                : AuditFinding.Keyed(node, negative ? nameof(Messages.AuditAlphaLowSomeNegative) : nameof(Messages.AuditAlphaLow), Number(alpha), Number(thresholds.Alpha)));
        }

        foreach (var (node, pca) in components.Where(c => c.Value.MixedSigns))
        {
            var negative = pca.Codes.Where((_, i) => pca.FirstComponentWeights[i] < 0);
            findings.Add(AuditFinding.Keyed(node, nameof(Messages.AuditMixedSigns), string.Join(", ", negative)));
        }

        foreach (var p in parents.Where(p => p.R < 0))
        {
            findings.Add(AuditFinding.Keyed(p.Code, framework[p.Code].Parent == p.Parent ? nameof(Messages.AuditNegativeWithParent) : nameof(Messages.AuditNegativeWithIndex), p.Parent, Correlation(p.R)));
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
                        findings.Add(AuditFinding.Keyed(parent, nameof(Messages.AuditCollinear), matrix.Codes[i], matrix.Codes[j], Number(matrix[i, j]), Number(thresholds.HighCorrelation)));
                    }
                }
            }
        }

        foreach (var node in framework.Nodes.Where(n => !n.IsIndicator && framework.ChildrenOf(n.Code).Length == 1))
        {
            findings.Add(AuditFinding.Keyed(node.Code, nameof(Messages.AuditSingleChild)));
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

    /// <summary>A skewed indicator and what outlier treatment did about it.</summary>
    private static AuditFinding Treated(string code, double skew, double kurtosis, IndicatorTreatment treatment) => treatment.Treatment switch
    {
        FinalTreatment.Winsorised => AuditFinding.Keyed(
            code, treatment.Points.Length == 1 ? nameof(Messages.AuditSkewWinsorisedOne) : nameof(Messages.AuditSkewWinsorisedMany), skew, kurtosis, treatment.Points.Length),
        FinalTreatment.LogTransformed => AuditFinding.Keyed(code, nameof(Messages.AuditSkewLogTransformed), skew, kurtosis),
        _ => AuditFinding.Keyed(code, nameof(Messages.AuditSkewNotTreated), skew, kurtosis),
    };

    /// <summary>
    /// A negative correlation as shown: to 2 decimals, or to 2 significant digits when 2 decimals would show 0 (a finding
    /// that says "negatively correlated" never shows r = 0).
    /// </summary>
    internal static double Correlation(double r) =>
        Number(r) is var rounded && rounded != 0
            ? rounded
            : double.Parse(r.ToString("G2", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rounded to two decimals (the messages show at most two); a value that rounds to 0 is 0 (never -0).</summary>
    private static double Number(double value) => Math.Round(value, 2) is var r && r == 0 ? 0 : r;

    /// <summary>A share as a percentage (the messages show one decimal).</summary>
    private static double Percent(double share) => share * 100;
}
