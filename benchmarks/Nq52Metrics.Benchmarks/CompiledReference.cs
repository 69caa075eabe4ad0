using Nq52Metrics.Construction;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// The reference uncertainty analysis (<see cref="UncertaintySpecs.Reference"/>) compiled on a shape's nominal build, with
/// one thread's scratch buffers and design sampler: what the per-run benchmarks call into.
/// </summary>
internal sealed class CompiledReference
{
    /// <summary>Builds the shape with the benchmark methodology and compiles the reference analysis for <paramref name="runs"/> runs.</summary>
    public CompiledReference(IndexShape shape, int runs)
    {
        var index = shape.Generate();
        var nominal = IndexBuilder.Build(index.Framework, index.Data, SyntheticIndex.Methodology);
        Model = UncertaintyModel.Compile(nominal, UncertaintySpecs.Reference(runs));
        Scratch = new UncertaintyModel.EvaluationScratch(Model);
        Sampler = new UncertaintyRunner.Sampler(Model);
    }

    public UncertaintyModel Model { get; }

    public UncertaintyModel.EvaluationScratch Scratch { get; }

    public UncertaintyRunner.Sampler Sampler { get; }

    public int UnitCount => Model.Units.Length;
}
