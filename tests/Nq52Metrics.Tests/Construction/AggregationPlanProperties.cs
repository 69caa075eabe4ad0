using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// The compiled plan computes only the values someone reads: a geometric mean under a geometric parent keeps its mean of
/// logs and may skip its exponentials. Whatever is skipped, the node analysed, the failure and the overflow found are
/// those of a full aggregation, bit for bit, on random four-level frameworks with missing values, mixed methods and
/// values large enough to overflow.
/// </summary>
public sealed class AggregationPlanProperties
{
    private static readonly AggregationMethod[] Methods =
        [AggregationMethod.Arithmetic, AggregationMethod.Geometric, AggregationMethod.Harmonic];

    [Property(MaxTest = 300)]
    public Property Skipping_unread_values_changes_nothing_that_is_read(PositiveInt seed)
    {
        var rng = new Random(seed.Get);
        var framework = DrawFramework(rng);
        var plan = AggregationPlan.Compile(framework);
        var n = rng.Next(1, 12);
        var m = plan.IndicatorCount;
        var indicators = DrawValues(rng, n, m);
        var methods = new AggregationMethod[plan.NodeCount - m];
        var byLevel = new AggregationMethod[5];
        for (var level = 2; level <= 4; level++)
        {
            // Geometric more often than not: chains of geometric levels are where values are skipped.
            byLevel[level] = rng.NextDouble() < 0.6 ? AggregationMethod.Geometric : Methods[rng.Next(Methods.Length)];
        }

        for (var k = m; k < plan.NodeCount; k++)
        {
            methods[k - m] = byLevel[framework.Nodes[k].Level];
        }

        var analysed = rng.Next(m, plan.NodeCount);
        var threshold = rng.NextDouble() < 0.3 ? 0.5 : 0;
        var weights = plan.NominalWeights;
        foreach (var withLogs in new[] { false, true })
        {
            var profile = IndicatorProfile.Of(indicators, n, m, withLogs);
            var full = new double[n * (plan.NodeCount - m)];
            var fullScratch = new AggregationScratch(plan, n);
            var fullFailure = plan.Aggregate(indicators, profile, full, n, weights, methods, threshold, fullScratch);

            // Stale values, as an earlier run leaves them, in the buffer of the partial aggregation.
            var partial = new double[full.Length];
            for (var i = 0; i < partial.Length; i++)
            {
                partial[i] = (i % 3) switch { 0 => double.NaN, 1 => double.PositiveInfinity, _ => -1 };
            }

            var partialScratch = new AggregationScratch(plan, n);
            var needed = plan.ValuesNeeded(methods, analysed);
            var partialFailure = plan.Aggregate(indicators, profile, partial, n, weights, methods, threshold, partialScratch, needed);
            if (fullFailure != partialFailure)
            {
                return false.Label($"failure {fullFailure} ≠ {partialFailure}");
            }

            if (fullFailure is not null)
            {
                continue;
            }

            var column = (analysed - m) * n;
            if (!full.AsSpan(column, n).SequenceEqual(partial.AsSpan(column, n)))
            {
                return false.Label($"node {framework.Nodes[analysed].Code}: {string.Join(", ", full.AsSpan(column, n).ToArray())} ≠ {string.Join(", ", partial.AsSpan(column, n).ToArray())}");
            }

            for (var k = m; k < plan.NodeCount; k++)
            {
                var written = !partialScratch.ValueDeferred[k - m];
                if (written && !full.AsSpan((k - m) * n, n).SequenceEqual(partial.AsSpan((k - m) * n, n)))
                {
                    return false.Label($"node {framework.Nodes[k].Code} was written with other values");
                }

                if (!written && (needed[k - m] || methods[k - m] != AggregationMethod.Geometric))
                {
                    return false.Label($"node {framework.Nodes[k].Code} was skipped although its values are read");
                }
            }

            if (fullScratch.FirstNonFinite >= 0)
            {
                var expected = plan.FindOverflow(indicators, full, n, weights, fullScratch.FirstNonFinite, fullScratch);
                var actual = partialScratch.FirstNonFinite < 0
                    ? null
                    : plan.FindOverflow(indicators, partial, n, weights, partialScratch.FirstNonFinite, partialScratch);
                if (expected != actual)
                {
                    return false.Label($"overflow {expected} ≠ {actual}");
                }
            }
        }

        return true.ToProperty();
    }

    /// <summary>
    /// A geometric or harmonic mean that meets a value not above 0 fails at the first such value in node order, then child
    /// order, then unit order, whether its children are complete or not (the failure is found before any arithmetic).
    /// </summary>
    [Property(MaxTest = 300)]
    public Property A_mean_outside_its_domain_fails_at_the_first_offending_value(PositiveInt seed, bool harmonic)
    {
        var rng = new Random(seed.Get);
        var framework = DrawFramework(rng);
        var plan = AggregationPlan.Compile(framework);
        var n = rng.Next(1, 12);
        var m = plan.IndicatorCount;
        var indicators = new double[n * m];
        for (var i = 0; i < indicators.Length; i++)
        {
            var u = rng.NextDouble();
            indicators[i] = u < 0.1 ? double.NaN : u < 0.15 ? 0 : u < 0.2 ? -u : 1 + (rng.NextDouble() * 100);
        }

        var method = harmonic ? AggregationMethod.Harmonic : AggregationMethod.Geometric;
        var methods = Enumerable.Repeat(method, plan.NodeCount - m).ToArray();
        var failure = plan.Aggregate(indicators, IndicatorProfile.Of(indicators, n, m, withLogs: false), new double[n * (plan.NodeCount - m)], n, plan.NominalWeights, methods, 0, new AggregationScratch(plan, n));

        // The first level of aggregates reads only indicators: the reference scan over them, in node, child, unit order.
        AggregationFailure? expected = null;
        for (var k = m; k < plan.NodeCount && expected is null && framework.Nodes[k].Level == 2; k++)
        {
            foreach (var c in plan.ChildrenOf(k))
            {
                var unit = Enumerable.Range(0, n).FirstOrDefault(i => !double.IsNaN(indicators[(c * n) + i]) && !(indicators[(c * n) + i] > 0), -1);
                if (unit >= 0)
                {
                    expected = new AggregationFailure(unit, c, k, indicators[(c * n) + unit], method);
                    break;
                }
            }
        }

        return expected is null
            ? (failure is null || framework.Nodes[failure.Value.Aggregate].Level > 2).Label($"unexpected failure {failure}")
            : (failure == expected).Label($"{failure} ≠ {expected}");
    }

    [Fact]
    public void A_geometric_parent_uses_the_mean_of_logs_of_a_geometric_child()
    {
        // P = (4 · 16)^(1/2) = 8 and Q = 2; Index = (8 · 2)^(1/2) = 4, computed as exp((ln 4 + ln 16)/4 + ln 2 / 2).
        var (aggregates, scratch) = GeometricIndex(["A", "B", "C"], [4, 16, 2]);

        Assert.Equal(Math.Exp(((Math.Log(4) + Math.Log(16)) / 4) + (Math.Log(2) / 2)), aggregates[2], 15);
        Assert.Equal([true, true, false], scratch.ValueDeferred);
        Assert.Equal([true, true, true], scratch.HasLogMean);
    }

    [Fact]
    public void Logs_inside_the_safe_range_skip_their_exponentials()
    {
        var (aggregates, scratch) = GeometricIndex(["A", "C"], [1e300, 1e-300]);

        // ln 1e300 ≈ 690.8 and ln 1e-300 ≈ −690.8 lie inside ±700: both values are skipped; the index is 1.
        Assert.Equal([true, true, false], scratch.ValueDeferred);
        Assert.Equal(1.0, aggregates[2], 12);
    }

    [Fact]
    public void Logs_beyond_the_safe_range_are_exponentiated_all_the_same()
    {
        // ln(1e307) ≈ 706.9 lies beyond 700: P's values are computed although no one reads them.
        var (aggregates, scratch) = GeometricIndex(["A", "C"], [1e307, 1]);

        Assert.Equal([false, true, false], scratch.ValueDeferred);
        Assert.Equal(1e307, aggregates[0], 1e295); // exp(ln x) is x to about 1e-14 at this magnitude
    }

    [Fact]
    public void Only_values_read_by_a_non_geometric_parent_or_the_analysed_node_are_needed()
    {
        var framework = IndexFramework.Create(
        [
            Nodes.Indicator("A", "P"), Nodes.Indicator("B", "Q"), Nodes.Indicator("C", "R"),
            Nodes.Aggregate("P", 2, "S"), Nodes.Aggregate("Q", 2, "S"), Nodes.Aggregate("R", 2, "T"),
            Nodes.Aggregate("S", 3, "Index"), Nodes.Aggregate("T", 3, "Index"), Nodes.Aggregate("Index", 4, null),
        ]);
        var plan = AggregationPlan.Compile(framework);
        var g = AggregationMethod.Geometric;
        var a = AggregationMethod.Arithmetic;

        // P, Q under geometric S; R under arithmetic T; S, T under geometric Index; S is analysed.
        var needed = plan.ValuesNeeded([g, g, g, g, a, g], framework.IndexOf("S"));

        Assert.Equal([false, false, true, true, false, false], needed);
    }

    /// <summary>
    /// One unit through geometric means at every level of P (indicators A, B) and Q (indicator C) under "Index", reading
    /// only the index; the indicators given are those present.
    /// </summary>
    private static (double[] Aggregates, AggregationScratch Scratch) GeometricIndex(string[] codes, double[] values)
    {
        var framework = IndexFramework.Create(
        [
            .. codes.Select(c => Nodes.Indicator(c, c == "C" ? "Q" : "P")),
            Nodes.Aggregate("P", 2, "Index"), Nodes.Aggregate("Q", 2, "Index"), Nodes.Aggregate("Index", 3, null),
        ]);
        var plan = AggregationPlan.Compile(framework);
        var methods = new[] { AggregationMethod.Geometric, AggregationMethod.Geometric, AggregationMethod.Geometric };
        var aggregates = new double[3];
        var scratch = new AggregationScratch(plan, 1);
        var profile = IndicatorProfile.Of(values, 1, values.Length, withLogs: false);

        var failure = plan.Aggregate(values, profile, aggregates, 1, plan.NominalWeights, methods, 0, scratch, plan.ValuesNeeded(methods, framework.IndexOf("Index")));

        Assert.Null(failure);
        return (aggregates, scratch);
    }

    private static IndexFramework DrawFramework(Random rng)
    {
        var subs = rng.Next(1, 3);
        var pillars = rng.Next(subs, 5);
        var indicators = rng.Next(pillars, 10);
        var nodes = new List<FrameworkNode>();
        for (var i = 0; i < indicators; i++)
        {
            var pillar = i < pillars ? i : rng.Next(pillars);
            nodes.Add(Nodes.Indicator($"X{i + 1}", $"P{pillar + 1}", Weight(rng)));
        }

        for (var p = 0; p < pillars; p++)
        {
            var sub = p < subs ? p : rng.Next(subs);
            nodes.Add(Nodes.Aggregate($"P{p + 1}", 2, $"S{sub + 1}", Weight(rng)));
        }

        for (var s = 0; s < subs; s++)
        {
            nodes.Add(Nodes.Aggregate($"S{s + 1}", 3, "Index", Weight(rng)));
        }

        nodes.Add(Nodes.Aggregate("Index", 4, null));
        return IndexFramework.Create(nodes);
    }

    private static double Weight(Random rng) => Math.Round(0.1 + (rng.NextDouble() * 4.9), 3);

    /// <summary>
    /// Units × indicators, column-major: mostly ordinary positive values; a third of the columns miss some values; a few
    /// cells are huge or tiny (logs beyond ±700, sums that overflow) or 0 (outside a geometric mean's domain).
    /// </summary>
    private static double[] DrawValues(Random rng, int n, int m)
    {
        var values = new double[n * m];
        for (var j = 0; j < m; j++)
        {
            var gappy = rng.NextDouble() < 0.35;
            for (var i = j * n; i < (j + 1) * n; i++)
            {
                var u = rng.NextDouble();
                values[i] = u switch
                {
                    < 0.03 => 1e307 * (1 + rng.NextDouble()),
                    < 0.05 => 1e-307 * (1 + rng.NextDouble()),
                    < 0.055 => 0,
                    _ when gappy && rng.NextDouble() < 0.3 => double.NaN,
                    _ => 0.5 + (rng.NextDouble() * 100),
                };
            }
        }

        return values;
    }
}
