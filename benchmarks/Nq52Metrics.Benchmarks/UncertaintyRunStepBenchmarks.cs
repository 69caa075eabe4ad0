using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The parts of one Monte Carlo run of <see cref="UncertaintyRunBenchmarks"/>, to see where its time goes: drawing the
/// design, evaluating a run with arithmetic and with geometric means (weights → every level → the index's scores), and
/// ranking the scores. Evaluation uses weight set 4 and 3 winsorised points on min-max data; the aggregation alternative
/// is the only difference between the two evaluations.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class UncertaintyRunStepBenchmarks
{
    private const int Runs = 10_000;
    private UncertaintyModel _model = null!;
    private UncertaintyModel.EvaluationScratch _scratch = null!;
    private CompiledReference _reference = null!;
    private int[] _arithmetic = [];
    private int[] _geometric = [];
    private long _run;

    /// <summary>The shape being measured.</summary>
    [Params(IndexShape.Asem51x49, IndexShape.Pii63x52)]
    public IndexShape Shape { get; set; }

    /// <summary>Builds the nominal index, compiles the reference analysis and fixes the two runs evaluated.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reference = new CompiledReference(Shape, Runs);
        (_model, _scratch) = (_reference.Model, _reference.Scratch);
        string[] expected = ["weights", "outliers.maxWinsorised", "normalise", "aggregate"];
        if (!_model.Inputs.Select(i => i.Name).SequenceEqual(expected))
        {
            throw new InvalidOperationException($"The reference analysis varies {string.Join(", ", _model.Inputs.Select(i => i.Name))}, not {string.Join(", ", expected)}.");
        }

        _arithmetic = [3, 2, 0, 0];
        _geometric = [3, 2, 0, 1];
        foreach (var choice in new[] { _arithmetic, _geometric })
        {
            if (_model.Evaluate(choice, _scratch) != 0)
            {
                throw new InvalidOperationException("A measured run fails on this data.");
            }
        }
    }

    /// <summary>Draws one run's alternative per input.</summary>
    /// <returns>The first input's alternative.</returns>
    [Benchmark]
    public int Design()
    {
        UncertaintyRunner.Design(_model, _reference.Sampler, _run++ % Runs, _scratch.Choice);
        return _scratch.Choice[0];
    }

    /// <summary>Evaluates a run whose every level is a weighted arithmetic mean.</summary>
    /// <returns>0 (success).</returns>
    [Benchmark]
    public int EvaluateArithmetic() => _model.Evaluate(_arithmetic, _scratch);

    /// <summary>Evaluates a run whose every level is a weighted geometric mean.</summary>
    /// <returns>0 (success).</returns>
    [Benchmark]
    public int EvaluateGeometric() => _model.Evaluate(_geometric, _scratch);

    /// <summary>Ranks the last run's scores (competition ties).</summary>
    /// <returns>The first unit's rank.</returns>
    [Benchmark]
    public double Rank()
    {
        Ranker.RankInto(_scratch.Scores, _scratch.Ranks, TieMethod.Competition, _scratch.Keys, _scratch.Order);
        return _scratch.Ranks[0];
    }
}
