using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Conformance;

/// <summary>
/// The nominal build of COINr's ASEM example with our library: framework and data read from the reference
/// <c>data/ASEM_iMeta.csv</c> and <c>data/ASEM_iData.csv</c>, built with <see cref="Methodology.CoinrAsemExample"/>.
/// Built once per test run.
/// </summary>
public static class AsemNominal
{
    /// <summary>Units in the ASEM example.</summary>
    public const int UnitCount = 51;

    /// <summary>Indicators in the ASEM example.</summary>
    public const int IndicatorCount = 49;

    /// <summary>Aggregates (8 pillars, 2 sub-indices, the index).</summary>
    public const int AggregateCount = 11;

    private static readonly Lazy<(IndexFramework Framework, Dataset Data, IndexResult Result)> Built = new(Build);

    /// <summary>The framework read from the reference iMeta.</summary>
    public static IndexFramework Framework => Get().Framework;

    /// <summary>The dataset read from the reference iData.</summary>
    public static Dataset Data => Get().Data;

    /// <summary>The result of the nominal build.</summary>
    public static IndexResult Result => Get().Result;

    /// <summary>Reads a file of the reference <c>pipeline</c> folder.</summary>
    /// <param name="fileName">The file name, e.g. <c>01_raw.csv</c>.</param>
    /// <returns>The parsed file.</returns>
    public static ReferenceCsv Pipeline(string fileName) => ReferenceCsv.Read(ReferenceData.PathOf("pipeline", fileName));

    private static (IndexFramework Framework, Dataset Data, IndexResult Result) Get()
    {
        // Resolving the folder first makes a missing reference skip (or fail on CI) before anything is cached.
        _ = ReferenceData.Folder;
        return Built.Value;
    }

    private static (IndexFramework, Dataset, IndexResult) Build()
    {
        var framework = CoinrCsv.ReadMeta(ReferenceData.PathOf("data", "ASEM_iMeta.csv"));
        var data = CoinrCsv.ReadData(ReferenceData.PathOf("data", "ASEM_iData.csv"), framework);
        return (framework, data, IndexBuilder.Build(framework, data, Methodology.CoinrAsemExample));
    }
}
