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
    private CompiledReference _reference = null!;
    private int[] _histogram = [];
    private long _run;

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Asem51x49, IndexShape.Pii63x52, IndexShape.Gii132x80, IndexShape.Large10000x49)]
    public IndexShape Shape { get; set; }

    /// <summary>Builds the nominal index and compiles the reference analysis.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reference = new CompiledReference(Shape, Runs);
        var n = _reference.UnitCount;
        _histogram = new int[Math.Min((long)n * n, 4_000_000)];
    }

    /// <summary>One run: design → weights → aggregation → ranking → histogram.</summary>
    /// <returns>The first unit's rank (returned so the work cannot be elided).</returns>
    [Benchmark]
    public double OneRun()
    {
        var (model, scratch) = (_reference.Model, _reference.Scratch);
        var run = _run++ % Runs;
        UncertaintyRunner.Design(model, _reference.Sampler, run, scratch.Choice);
        if (model.Evaluate(scratch.Choice.AsSpan(0, model.Inputs.Length), scratch) != 0)
        {
            return double.NaN;
        }

        Ranker.RankInto(scratch.Scores, scratch.Ranks, TieMethod.Competition, scratch.Keys, scratch.Order);
        var n = scratch.Ranks.Length;
        for (var i = 0; i < n; i++)
        {
            _histogram[((i * n) + (int)scratch.Ranks[i] - 1) % _histogram.Length]++;
        }

        return scratch.Ranks[0];
    }
}
