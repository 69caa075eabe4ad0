using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>
/// Small indices for the uncertainty tests, built from data the tests make:
/// <list type="bullet">
/// <item><see cref="Small"/>: three pillars of two indicators each (P1: A1 A2, P2: B1 B2 with B2 negative, P3: C1 C2) under
/// "Index", pillar weights 1, 2, 1; positive, tie-free values drawn from a seed.</item>
/// <item><see cref="HandChecked"/>: two single-indicator pillars and three units, no outlier treatment and no
/// normalisation, so every score can be worked out by hand.</item>
/// </list>
/// </summary>
internal static class UncertaintyIndexes
{
    public const string Index = "Index";

    /// <summary>Outlier treatment off, min-max 0–100, arithmetic means: every indicator has a 0, the worst unit's.</summary>
    public static readonly Methodology MinMaxZeroToHundred = new() { OutlierTreatment = OutlierTreatmentSpec.None };

    /// <summary>Outlier treatment off, min-max 1–100 (no zeros, so geometric means are defined), arithmetic means.</summary>
    public static readonly Methodology MinMaxOneToHundred = MinMaxZeroToHundred with { Normalisation = NormalisationMethod.MinMax(1, 100) };

    public static IndexFramework SmallFramework() => IndexFramework.Create(
    [
        Indicator("A1", "P1"),
        Indicator("A2", "P1"),
        Indicator("B1", "P2"),
        Indicator("B2", "P2") with { Direction = Direction.Negative },
        Indicator("C1", "P3"),
        Indicator("C2", "P3"),
        Aggregate("P1", 2, Index, 1),
        Aggregate("P2", 2, Index, 2),
        Aggregate("P3", 2, Index, 1),
        Aggregate(Index, 3, null, 1),
    ]);

    /// <summary>Data for <see cref="SmallFramework"/>: <paramref name="unitCount"/> units S1…Sn, values in (1, 101).</summary>
    public static Dataset SmallData(int unitCount = 12, int seed = 7)
    {
        var rng = new Random(seed);
        var codes = SmallFramework().Indicators.Select(i => i.Code).ToArray();
        var units = Enumerable.Range(1, unitCount).Select(i => new Unit($"S{i}", $"Unit {i}"));
        var rows = Enumerable.Range(0, unitCount)
            .Select(_ => (IReadOnlyList<double>)codes.Select(_ => 1 + (100 * rng.NextDouble())).ToArray())
            .ToArray();
        return Dataset.Create(UnitTable.FromRows(units, codes, rows));
    }

    /// <summary>The nominal build of the small index.</summary>
    public static IndexResult Small(Methodology? methodology = null, int unitCount = 12, int seed = 7) =>
        IndexBuilder.Build(SmallFramework(), SmallData(unitCount, seed), methodology ?? MinMaxOneToHundred);

    /// <summary>
    /// Index = mean(P1, P2), P1 = X1, P2 = X2, no normalisation. Units A, B, C with X1 = 3, 2, 1 and X2 = 1, 3, 2:
    /// Index = 2, 2.5, 1.5, so B ranks 1st, A 2nd, C 3rd.
    /// </summary>
    public static IndexResult HandChecked()
    {
        var framework = IndexFramework.Create(
        [
            Indicator("X1", "P1"),
            Indicator("X2", "P2"),
            Aggregate("P1", 2, Index, 1),
            Aggregate("P2", 2, Index, 1),
            Aggregate(Index, 3, null, 1),
        ]);
        var units = new[] { new Unit("A", "A"), new Unit("B", "B"), new Unit("C", "C") };
        IReadOnlyList<double>[] rows = [[3, 1], [2, 3], [1, 2]];
        var data = Dataset.Create(UnitTable.FromRows(units, ["X1", "X2"], rows));
        return IndexBuilder.Build(framework, data, MinMaxZeroToHundred with { Normalisation = NormalisationMethod.None });
    }

    /// <summary>The target scores of a result as an array.</summary>
    public static double[] Scores(IndexResult result, string node = Index) => result.Scores.Column(node).ToArray();

    /// <summary>The alternative indices of every run of an analysis.</summary>
    public static ImmutableArray<int>[] Designs(Nq52Metrics.Uncertainty.UncertaintyResult result) =>
        Enumerable.Range(0, (int)result.RunCount).Select(r => result.RunAlternatives(r)).ToArray();

    private static FrameworkNode Indicator(string code, string parent) =>
        new() { Code = code, Level = 1, Parent = parent };

    private static FrameworkNode Aggregate(string code, int level, string? parent, double weight) =>
        new() { Code = code, Level = level, Parent = parent, Weight = weight };
}
