using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The cost of one Monte Carlo run on the compiled fast path, single-threaded: draw the run's design, pick the
/// precomputed normalised data, apply its weights, aggregate every level, rank the index and count the ranks in the
/// histogram. This is exactly the loop body of <see cref="UncertaintyAnalysis.Run"/>; the memory diagnoser shows it
/// allocates nothing.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class UncertaintyRunBenchmarks
{
    private const int Runs = 10_000;
    private UncertaintyModel _model = null!;
    private UncertaintyModel.EvaluationScratch _scratch = null!;
    private UncertaintyRunner.Sampler _sampler = null!;
    private int[] _histogram = [];
    private long _run;

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Asem51x49, IndexShape.Pii63x52, IndexShape.Gii132x80, IndexShape.Large10000x49)]
    public IndexShape Shape { get; set; }

    /// <summary>Builds the nominal index and compiles the reference analysis.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var index = Shape.Generate();
        var nominal = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology);
        _model = UncertaintyModel.Compile(nominal, UncertaintySpecs.Reference(Runs));
        _scratch = new UncertaintyModel.EvaluationScratch(_model);
        _sampler = new UncertaintyRunner.Sampler(_model);
        var n = nominal.Units.Length;
        _histogram = new int[Math.Min((long)n * n, 4_000_000)];
    }

    /// <summary>One run: design → weights → aggregation → ranking → histogram.</summary>
    /// <returns>The first unit's rank (returned so the work cannot be elided).</returns>
    [Benchmark]
    public double OneRun()
    {
        var run = _run++ % Runs;
        UncertaintyRunner.Design(_model, _sampler, run, _scratch.Choice);
        if (_model.Evaluate(_scratch.Choice.AsSpan(0, _model.Inputs.Length), _scratch) != 0)
        {
            return double.NaN;
        }

        Ranker.RankInto(_scratch.Scores, _scratch.Ranks, TieMethod.Competition, _scratch.Keys, _scratch.Order);
        var n = _scratch.Ranks.Length;
        for (var i = 0; i < n; i++)
        {
            _histogram[((i * n) + (int)_scratch.Ranks[i] - 1) % _histogram.Length]++;
        }

        return _scratch.Ranks[0];
    }
}
