using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Conformance;

/// <summary>The README's C# quick start, run on COINr's ASEM data: the output it shows in comments must stay true.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void The_quick_start_prints_what_the_README_says()
    {
        var result = IndexBuilder.Build(AsemNominal.Framework, AsemNominal.Data, Methodology.CoinrAsemExample with
        {
            Normalisation = NormalisationMethod.MinMax(0, 100),
        });
        var top = result.Ranking().Take(3).Select(r => $"{r.Rank}. {r.Unit.Name}  {r.Score:F2}").ToArray();
        Assert.Equal(["1. Switzerland  68.38", "2. Netherlands  64.82", "3. Denmark  64.80"], top);

        var audit = UncertaintyAnalysis.Run(result, new UncertaintySpec(runs: 10_000, seed: 1)
            .WithWeightNoise(level: 2, factor: 0.25)
            .WithWeightNoise(level: 3, factor: 0.25)
            .WithNormalisations(NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)),
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("VNM: 36 [35, 37] (nominal 36)", audit.RankInterval("VNM"));
    }
}
