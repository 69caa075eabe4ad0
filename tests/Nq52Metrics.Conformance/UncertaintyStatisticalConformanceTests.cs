using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Statistical agreement of our uncertainty analysis with COINr's: our own 500-run analysis of the same kind of spec
/// (weight noise 0.25 at levels 2 and 3, winmax 1…5, min-max [1, 100] or z-score (10, 2), arithmetic or geometric
/// means) must give rank distributions consistent with COINr's 100 runs, unit by unit.
/// </summary>
/// <remarks>
/// <para>
/// Tolerance. The two analyses draw different runs, so their rank statistics differ by sampling error, which for the
/// reference's 100 runs is large (a 5th percentile rests on about 5 runs). Instead of a fixed number of ranks, each
/// comparison uses the exact sampling error of its statistic:
/// </para>
/// <list type="bullet">
/// <item>Quantiles (5 %, median, 95 %): a distribution-free confidence interval for the population quantile from each
/// sample's order statistics (<see cref="UncertaintyRankSample.QuantileInterval"/>, binomial coverage, conservative for
/// discrete ranks). If both analyses sample the same distribution, both intervals contain its quantile, so they
/// overlap; disjoint intervals are an inconsistency.</item>
/// <item>Mean rank: a two-sample z-test with the pooled variance (same distribution under the hypothesis).</item>
/// </list>
/// <para>
/// Error budget: 51 units × (3 quantiles + 1 mean) = 204 comparisons share a family-wise false-alarm probability of 1 %
/// (Bonferroni): 4.9e-5 per comparison, so each quantile interval has error 2.45e-5 (two intervals per comparison) and
/// the mean test uses |z| ≤ 4.06 (two-sided normal tail 4.9e-5).
/// </para>
/// <para>
/// Independence. Both the order-statistic intervals and the z-test assume independent runs. A COINr run picks one of
/// 100 weight sets with replacement, so runs sharing a set are correlated. Only the first run of each weight set is
/// therefore kept (67 of the reference's 100); that choice depends on the set index alone, so the kept runs are
/// independent draws of the same design. Our analysis draws 10,000 weight sets and keeps the first run of each set too.
/// </para>
/// <para>
/// Power. Quantile intervals from 67 runs are wide, so the mean test does most of the discriminating: an analysis of
/// the same data with only min-max (or only z-score) normalisation, or only one aggregation, is rejected (see
/// <see cref="A_different_normalisation_set_is_reported_as_inconsistent"/>). Measured while writing the test: with seeds 1
/// to 60 the correct spec raised no inconsistency; with seed 1, "min-max only" raised 6, "z-score only" 9, min-max
/// [0.01, 100] instead of [1, 100] 6, "arithmetic only" 19, "geometric only" 33, weight noise 0.5 instead of 0.25 1.
/// Dropping winmax 1–4 (winmax 5 only) is not detected: its effect on Index ranks is below this sampling error (the
/// exact replay pins winmax down instead).
/// </para>
/// </remarks>
public sealed class UncertaintyStatisticalConformanceTests
{
    private const int OurRuns = 500;
    private const double FamilyError = 0.01;

    // Two-sided normal tail P(|Z| > 4.06) ≈ 4.9e-5 = FamilyError / 204 (see the remarks).
    private const double MeanZLimit = 4.06;

    private static readonly double[] Probabilities = [0.05, 0.5, 0.95];

    [Fact]
    public void Our_500_run_analysis_gives_rank_distributions_consistent_with_COINr_100_runs()
    {
        var result = UncertaintyAnalysis.Run(AsemNominal.Result, ReferenceLikeSpec(), null, TestContext.Current.CancellationToken);
        Assert.Equal(OurRuns, result.RunCount);
        Assert.Equal(0, result.FailedRuns);

        var inconsistencies = Inconsistencies(result, out var summary);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(inconsistencies.Count == 0, string.Join(Environment.NewLine, ["Inconsistent with COINr's runs:", .. inconsistencies]));
    }

    [Fact]
    public void A_different_normalisation_set_is_reported_as_inconsistent()
    {
        // The same check must reject an analysis that varies a different set of normalisations.
        var minMaxOnly = ReferenceLikeSpec() with { Normalisation = [NormalisationMethod.MinMax(1, 100)] };
        var result = UncertaintyAnalysis.Run(AsemNominal.Result, minMaxOnly, null, TestContext.Current.CancellationToken);
        var inconsistencies = Inconsistencies(result, out var summary);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.NotEmpty(inconsistencies);
    }

    [Fact]
    public void Our_rank_statistics_equal_those_recomputed_from_the_replayed_runs()
    {
        // The engine keeps rank histograms; recomputing every statistic from the 500 replayed runs (ties "min",
        // type-7 quantiles, written out independently in the test) must give the same numbers.
        var result = UncertaintyAnalysis.Run(AsemNominal.Result, ReferenceLikeSpec(), null, TestContext.Current.CancellationToken);
        var runs = ReplayedRanks(result, firstOfEachWeightSet: false);
        Assert.Equal(OurRuns, runs.Count);
        for (var u = 0; u < result.Units.Length; u++)
        {
            var sample = new UncertaintyRankSample(runs.Select(r => r[u]), result.Units.Length);
            var stats = result.RankStatistics[u];
            Assert.Equal(sample.Quantile(0.5), stats.MedianRank, 12);
            Assert.Equal(sample.Quantile(0.05), stats.Q5, 12);
            Assert.Equal(sample.Quantile(0.95), stats.Q95, 12);
            Assert.Equal(sample.Mean, stats.MeanRank, 12);
        }
    }

    /// <summary>Our analysis of the reference's kind of spec, at <see cref="OurRuns"/> runs.</summary>
    private static UncertaintySpec ReferenceLikeSpec() =>
        new UncertaintySpec(runs: OurRuns, seed: 1)
        {
            MaxWinsorised = UncertaintyReference.Winmax,
            Normalisation = UncertaintyReference.Normalisations,
            Aggregation = UncertaintyReference.Aggregations,
            WeightSetCount = 10_000,
        }
        .WithWeightNoise(2, UncertaintyReference.WeightNoise)
        .WithWeightNoise(3, UncertaintyReference.WeightNoise);

    /// <summary>Every unit whose rank quantiles or mean are inconsistent with the reference's, as readable lines.</summary>
    private static List<string> Inconsistencies(UncertaintyResult result, out string summary)
    {
        var design = UncertaintyReference.Design;
        var firstOfSet = design.Select((d, i) => (d.WeightSet, i)).GroupBy(p => p.WeightSet).Select(g => g.Min(p => p.i)).ToHashSet();
        var referenceRuns = UncertaintyReference.Ranks.Where((_, i) => firstOfSet.Contains(i)).ToList();
        var ourRuns = ReplayedRanks(result, firstOfEachWeightSet: true);
        var unitCount = AsemNominal.UnitCount;
        var comparisons = unitCount * (Probabilities.Length + 1);
        var perComparison = FamilyError / comparisons;
        var ourPosition = result.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

        var problems = new List<string>();
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{referenceRuns.Count} independent reference runs, {ourRuns.Count} of ours; {comparisons} comparisons, error {perComparison:G3} each."),
        };
        for (var u = 0; u < UncertaintyReference.Units.Length; u++)
        {
            var code = UncertaintyReference.Units[u];
            Assert.True(ourPosition.TryGetValue(code, out var ours), $"Our analysis has no unit {code}.");
            var reference = new UncertaintyRankSample(referenceRuns.Select(r => r[u]), unitCount);
            var our = new UncertaintyRankSample(ourRuns.Select(r => r[ours]), unitCount);
            var line = string.Create(CultureInfo.InvariantCulture, $"{code}: reference {reference.Quantile(0.5)} [{reference.Quantile(0.05)}, {reference.Quantile(0.95)}] mean {reference.Mean:0.00}; ours {our.Quantile(0.5)} [{our.Quantile(0.05)}, {our.Quantile(0.95)}] mean {our.Mean:0.00}");
            foreach (var p in Probabilities)
            {
                var (refLow, refHigh) = reference.QuantileInterval(p, perComparison / 2);
                var (ourLow, ourHigh) = our.QuantileInterval(p, perComparison / 2);
                if (ourHigh < refLow || ourLow > refHigh)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{code}: the {p:P0} rank quantile lies in [{refLow}, {refHigh}] by the reference and in [{ourLow}, {ourHigh}] by ours."));
                }
            }

            var z = MeanDifferenceZ(reference, our);
            line += string.Create(CultureInfo.InvariantCulture, $", z {z:0.00}");
            if (Math.Abs(z) > MeanZLimit)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{code}: mean rank {reference.Mean:0.000} (reference) vs {our.Mean:0.000} (ours), z = {z:0.00} beyond ±{MeanZLimit}."));
            }

            lines.Add(line);
        }

        summary = string.Join(Environment.NewLine, lines);
        return problems;
    }

    /// <summary>(mean₁ − mean₂)/se with the pooled variance of both samples; 0 when every rank is the same.</summary>
    private static double MeanDifferenceZ(UncertaintyRankSample a, UncertaintyRankSample b)
    {
        double n1 = a.Count, n2 = b.Count;
        var difference = a.Mean - b.Mean;
        var pooledSquares = a.SumOfSquares + b.SumOfSquares + (difference * difference * n1 * n2 / (n1 + n2));
        var variance = pooledSquares / (n1 + n2 - 1);
        var se = Math.Sqrt(variance * ((1 / n1) + (1 / n2)));
        return se == 0 ? 0 : difference / se;
    }

    /// <summary>Each run of our analysis replayed and ranked (ties "min"); optionally only the first run of each weight set.</summary>
    private static List<double[]> ReplayedRanks(UncertaintyResult result, bool firstOfEachWeightSet)
    {
        var weights = result.Inputs.Select(i => i.Name).ToList().IndexOf("weights");
        Assert.True(weights >= 0, "The analysis has no weights input.");
        var seen = new HashSet<int>();
        var runs = new List<double[]>();
        var scores = new double[result.Units.Length];
        for (var r = 0; r < result.RunCount; r++)
        {
            var choice = result.RunAlternatives(r);
            if (firstOfEachWeightSet && !seen.Add(choice[weights]))
            {
                continue;
            }

            Assert.True(result.Model.TryEvaluate(choice.AsSpan(), scores, out var failure), failure);
            runs.Add([.. Ranker.Rank(scores, TieMethod.Competition)]);
        }

        return runs;
    }
}
