using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// Group imputation of the large case (10,000 units × 49 indicators, about 1.5 % missing) as the number of unit
/// groups grows: with a per-column cost linear in the units, the time should not depend on the number of groups.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ImputationBenchmarks
{
    private UnitTable _denominated = null!;

    /// <summary>Number of unit groups the 10,000 units are spread over.</summary>
    [Params(2, 10, 100, 1000)]
    public int Groups { get; set; }

    /// <summary>Generates the data and denominates it (imputation's input in a build).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (units, indicators) = IndexShape.Large10000x49.Dimensions();
        var index = SyntheticIndex.Create(units, indicators, IndexShapes.Seed, groups: Groups);
        _denominated = Denomination.Apply(index.Framework, index.Data, DenominationSpec.ByFramework);
    }

    /// <summary>Group-mean imputation (COINr <c>i_mean_grp</c>).</summary>
    /// <returns>The imputed table and its report.</returns>
    [Benchmark]
    public (UnitTable, ImputationReport) GroupMean() =>
        Imputation.Apply(_denominated, new ImputationSpec(ImputationMethod.GroupMean(SyntheticIndex.GroupColumn)));

    /// <summary>Group-median imputation (COINr <c>i_median_grp</c>).</summary>
    /// <returns>The imputed table and its report.</returns>
    [Benchmark]
    public (UnitTable, ImputationReport) GroupMedian() =>
        Imputation.Apply(_denominated, new ImputationSpec(ImputationMethod.GroupMedian(SyntheticIndex.GroupColumn)));
}
