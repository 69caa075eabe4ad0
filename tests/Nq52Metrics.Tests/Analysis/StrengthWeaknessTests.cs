using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>
/// Strengths and weaknesses of the tiny index. Its normalised ranks (1 = best): I1 ranks U5…U1 as 1…5; I2 (values 1, 2,
/// 4, 3, 5) U5 1, U3 2, U4 3, U2 4, U1 5; I3 (lower is better, 5…1) U5 1 … U1 5; I4 per head (10, 15, 20, 10, 10) U3 1,
/// U2 2, U1 = U4 = U5 3.
/// </summary>
public sealed class StrengthWeaknessTests
{
    private static readonly Nq52Metrics.Results.IndexResult Result = IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), Methodology.CoinrAsemExample);

    [Fact]
    public void Best_ranks_are_strengths_and_worst_ranks_weaknesses_ties_in_framework_order()
    {
        var rows = StrengthWeakness.Of(Result, top: 2).Where(r => r.Unit == "U3").ToList();

        Assert.Equal(
        [
            new StrengthWeakness("U3", "I4", 1, StrengthKind.Strength),
            new StrengthWeakness("U3", "I2", 2, StrengthKind.Strength),
            new StrengthWeakness("U3", "I1", 3, StrengthKind.Weakness),
            new StrengthWeakness("U3", "I3", 3, StrengthKind.Weakness),
        ],
            rows);
    }

    [Fact]
    public void The_worst_rank_of_an_indicator_is_never_a_strength()
    {
        // U1 has the worst rank of every indicator (5, 5, 5 and the tied 3 of I4).
        var rows = StrengthWeakness.Of(Result, top: 1).Where(r => r.Unit == "U1").ToList();

        Assert.Equal([new StrengthWeakness("U1", "I1", 5, StrengthKind.Weakness)], rows);
    }

    [Fact]
    public void Top_must_be_at_least_one() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StrengthWeakness.Of(Result, 0));
}
