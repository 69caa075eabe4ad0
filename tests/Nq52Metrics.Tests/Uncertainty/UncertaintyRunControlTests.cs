using System.Collections.Concurrent;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Tests.Uncertainty;

/// <summary>Cancellation and progress reporting of a running analysis.</summary>
public sealed class UncertaintyRunControlTests
{
    [Fact]
    public void A_cancelled_token_stops_the_analysis_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var spec = new UncertaintySpec(runs: 5000).WithWeightNoise(2, 0.3);
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), spec, null, cancellation.Token));
    }

    [Fact]
    public void Cancelling_while_running_stops_the_analysis()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(share =>
        {
            if (share > 0.2)
            {
                cancellation.Cancel();
            }
        });
        var spec = new UncertaintySpec(runs: 200_000).WithWeightNoise(2, 0.3) with { WeightSetCount = 100 };
        Assert.ThrowsAny<OperationCanceledException>(() => UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), spec, progress, cancellation.Token));
        Assert.True(progress.Values.Max() < 1, "The analysis ran to the end although it was cancelled.");
    }

    [Theory]
    [InlineData(AnalysisType.Uncertainty, 1000)]
    [InlineData(AnalysisType.Uncertainty, 7)]
    [InlineData(AnalysisType.Sensitivity, 50)]
    public void Progress_stays_within_0_and_1_and_reaches_1(AnalysisType type, int runs)
    {
        var progress = new Recorder();
        var spec = new UncertaintySpec(runs) { Type = type, BootstrapSamples = 10 }.WithWeightNoise(2, 0.3).WithMaxWinsorised(1, 5);
        UncertaintyAnalysis.Run(UncertaintyIndexes.Small(), spec, progress, TestContext.Current.CancellationToken);
        var values = progress.Values.ToArray();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.Equal(1.0, values.Max());
        Assert.Equal(1.0, values[^1]);
    }

    /// <summary>Records every reported share synchronously (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Recorder(Action<double>? onReport = null) : IProgress<double>
    {
        public ConcurrentQueue<double> Values { get; } = new();

        public void Report(double value)
        {
            Values.Enqueue(value);
            onReport?.Invoke(value);
        }
    }
}
