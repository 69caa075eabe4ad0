using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>The whole audit of small built indices: what it holds, its findings and its error paths.</summary>
public sealed class StatisticalAuditTests
{
    private static Nq52Metrics.Results.IndexResult Tiny(double[][]? values = null) =>
        IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), Methodology.CoinrAsemExample);

    [Fact]
    public void The_tiny_index_audit_holds_every_table()
    {
        var result = Tiny();

        var audit = StatisticalAudit.Run(result);

        Assert.Equal(("Index", 5), (audit.IndexCode, audit.UnitCount));
        Assert.Equal(3 * 4, audit.Statistics.Length);
        Assert.Equal([1, 2], audit.Correlations.Keys);
        Assert.Equal(["I1", "I2", "I3", "I4"], audit.Correlations[1].Codes);
        // Each indicator with its pillar and the index; each pillar with the index only.
        Assert.Equal(10, audit.ParentCorrelations.Length);
        Assert.Equal(["P1", "P2", "Index"], audit.Alphas.Select(a => a.Node));
        Assert.Equal(["P1", "P2", "Index"], audit.Components.Select(c => c.Key));
        Assert.Null(audit.OptimisedWeights);
        // I1 and I2 (weights 1 and 2) under P1, half of the index: 1/6 and 1/3.
        Assert.Equal(1.0 / 6, audit.EffectiveWeights.Single(w => w.Code == "I1").Effective, 14);
        Assert.Equal((1, 2.0), audit.EffectiveWeights.Single(w => w.Code == "I2") is var w2 ? (w2.Level, w2.Weight) : default);
        // Level-1 correlations are those of the normalised values.
        Assert.Equal(
            CorrelationMatrix.Pair(result.Normalised.Column("I1"), result.Normalised.Column("I3"), CorrelationMethod.Pearson, out _),
            audit.Correlations[1]["I1", "I3"],
            12);
    }

    [Fact]
    public void Negatively_correlated_children_are_named_in_the_findings()
    {
        // I2 = (5, 4, 1, 2, 3) against I1 = 10…50: r = −0.6 with equal normalised variances v, so ΣΣC = 2v(1 − 0.6) and
        // alpha = 4·(−0.6v)/(0.8v) = −3.
        double[][] values = [[10, 5, 5, 100], [20, 4, 4, 300], [30, 1, 3, 200], [40, 2, 2, 500], [50, 3, 1, 400]];

        var audit = StatisticalAudit.Run(Tiny(values));

        Assert.Equal(-3, audit.Alphas.Single(a => a.Node == "P1").Alpha, 12);
        Assert.Contains(audit.Findings, f => f.ToString() == "P1: Cronbach's alpha -3, children negatively correlated");
        Assert.Contains(audit.Findings, f => f.ToString(DisplayLanguage.Vietnamese) == "P1: hệ số Cronbach's alpha -3, các thành phần tương quan âm");
        Assert.Contains(audit.Findings, f => f.Location == "P1" && f.Message.Contains("mixed signs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-0.2749, "-0.27", "-0,27")]
    [InlineData(-0.3, "-0.3", "-0,3")]
    [InlineData(-0.0031234, "-0.0031", "-0,0031")]
    [InlineData(-0.00499, "-0.005", "-0,005")]
    [InlineData(-1.234e-20, "-1.2E-20", "-1,2E-20")]
    public void A_negative_correlation_is_never_shown_as_0(double r, string english, string vietnamese)
    {
        var finding = AuditFinding.Keyed("X1", "AuditNegativeWithIndex", "Index", AuditFindings.Correlation(r));

        Assert.Equal($"X1: negatively correlated with the index \"Index\" (r = {english})", finding.ToString());
        Assert.Equal($"X1: tương quan âm với chỉ số tổng hợp \"Index\" (r = {vietnamese})", finding.ToString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Spearman_and_thresholds_are_taken_from_the_options()
    {
        var result = Tiny();

        var audit = StatisticalAudit.Run(result, new AuditOptions { Correlation = CorrelationMethod.Spearman, Thresholds = new StatisticsThresholds { Skew = -1, Kurtosis = -10 } });

        Assert.Equal(CorrelationMethod.Spearman, audit.Correlations[1].Method);
        Assert.All(audit.Statistics, s => Assert.True(s.Flags.HasFlag(IndicatorFlags.SkewKurtosis), s.Code));
        var skewed = Assert.Single(audit.Findings, f => f.ToString().StartsWith("I1: skew 0, kurtosis -1.2 → not treated", StringComparison.Ordinal));
        Assert.Equal("AuditSkewNotTreated", skewed.MessageKey);
        Assert.Equal(skewed.Message, skewed.MessageIn(DisplayLanguage.English));
        Assert.Equal("độ lệch 0, độ nhọn -1,2 → chưa xử lý", skewed.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void A_constant_indicator_fails_the_audit_with_located_problems()
    {
        // A rank normalisation keeps a constant column constant (min-max would make it missing).
        var values = TinyIndex.Values();
        foreach (var row in values)
        {
            row[0] = 7;
        }

        var result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(values), Methodology.CoinrAsemExample with { Normalisation = NormalisationMethod.Rank });

        var e = Assert.Throws<Nq52ValidationException>(() => StatisticalAudit.Run(result));
        Assert.Contains(e.Problems, p => p.Location == "correlations, level 1, column \"I1\"" && p.Message.Contains("constant", StringComparison.Ordinal));
    }

    [Fact]
    public void Fewer_than_three_units_and_invalid_options_fail_the_audit()
    {
        var units = Build.Units(2);
        var framework = TinyIndex.Framework();
        var two = Dataset.Create(
            UnitTable.FromRows(units, TinyIndex.IndicatorCodes, [[1, 2, 3, 4], [2, 1, 4, 3]]),
            UnitTable.FromRows(units, [TinyIndex.DenominatorColumn], [[1], [1]]));
        var result = IndexBuilder.Build(framework, two, Methodology.CoinrAsemExample);

        Assert.Equal("audit: 2 units: an audit needs at least 3.", Assert.Throws<Nq52ValidationException>(() => StatisticalAudit.Run(result)).Message);
        var options = new AuditOptions { Thresholds = new StatisticsThresholds { Zeros = 2 }, StrengthsPerUnit = 0, Optimise = OptimisationObjective.Balance };
        var e = Assert.Throws<Nq52ValidationException>(() => StatisticalAudit.Run(Tiny(), options));
        Assert.Equal(["threshold \"zeros\"", "strengths per unit", "optimise"], e.Problems.Select(p => p.Location));
    }

    [Fact]
    public void An_optimisation_that_cannot_run_is_a_located_problem_of_the_audit()
    {
        var options = new AuditOptions { Optimise = OptimisationObjective.Balance, OptimiseLevel = 9 };

        var e = Assert.Throws<Nq52ValidationException>(() => StatisticalAudit.Run(Tiny(), options));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("weight optimisation, level 9", problem.Where.Parameter);
        Assert.Contains("the level must be from 1 to", problem.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 40)]
    public Property Effective_weights_of_every_level_sum_to_one(int seed)
    {
        var index = RandomIndex.Create(seed, minUnits: 12, maxUnits: 30);
        var result = IndexBuilder.Build(index.Framework, index.Data, Methodology.CoinrAsemExample);

        var audit = StatisticalAudit.Run(result);

        return audit.EffectiveWeights.GroupBy(w => w.Level).All(g => Math.Abs(g.Sum(w => w.Effective) - 1) < 1e-12)
            .Label($"{index.Framework.Nodes.Length} nodes");
    }
}
