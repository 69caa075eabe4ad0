using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The aggregation of one Monte Carlo run on the compiled fast path with each aggregation method at every level (ASEM
/// shape, normalised to [1, 100]), single-threaded: the part of a run that depends on the method. The memory diagnoser
/// shows each allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class AggregationMethodBenchmarks
{
    private UncertaintyModel _model = null!;
    private UncertaintyModel.EvaluationScratch _scratch = null!;
    private int[] _choice = [];

    /// <summary>The method's name.</summary>
    [Params("arithmetic", "geometric", "generalisedMean", "mazziottaPareto", "copeland", "median", "minimum")]
    public string Method { get; set; } = "arithmetic";

    /// <summary>Builds the nominal index and compiles a model whose only varied input is the aggregation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var method = Method == "generalisedMean"
            ? AggregationMethod.GeneralisedMean(0.5)
            : AggregationMethod.Families.First(f => f.Name == Method);
        var index = IndexShape.Asem51x49.Generate();
        var nominal = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology with { Normalisation = NormalisationMethod.MinMax(1, 100) });
        _model = UncertaintyModel.Compile(nominal, new UncertaintySpec(2, seed: 1) { Aggregation = [new AggregationSpec(method), AggregationSpec.Arithmetic] });
        _scratch = new UncertaintyModel.EvaluationScratch(_model);
        _choice = new int[_model.Inputs.Length];
    }

    /// <summary>One run's aggregation of every node.</summary>
    /// <returns>The run's status (0 = success).</returns>
    [Benchmark]
    public int OneRun() => _model.Evaluate(_choice, _scratch);
}
