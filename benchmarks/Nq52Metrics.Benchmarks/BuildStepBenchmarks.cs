using BenchmarkDotNet.Attributes;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// Each step of the build on its own, fed with the table the previous step produced in a full build, so the
/// step means add up to (roughly) the whole build and show where its time goes.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class BuildStepBenchmarks
{
    private SyntheticIndex _index = null!;
    private IndexResult _built = null!;
    private double[] _scoreValues = [];
    private double[] _rankKeys = [];
    private int[] _rankOrder = [];

    /// <summary>The shape being measured (the large case, where per-column costs dominate).</summary>
    [Params(IndexShape.Large10000x49)]
    public IndexShape Shape { get; set; }

    /// <summary>Generates the data and builds it once; every step reads its input from that build.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _index = Shape.Generate();
        _built = IndexBuilder.Build(_index.Framework, _index.Data, SyntheticIndex.Methodology);
        SyntheticIndex.EnsureEveryStepWorked(_built);
        _scoreValues = _built.Scores.CopyValues();
        _rankKeys = new double[_built.Scores.UnitCount];
        _rankOrder = new int[_built.Scores.UnitCount];
    }

    /// <summary>Denomination (the build runs it twice: once disabled for the raw table, once as specified).</summary>
    /// <returns>The denominated table.</returns>
    [Benchmark]
    public UnitTable Denominate() => Denomination.Apply(_index.Framework, _index.Data, SyntheticIndex.Methodology.Denomination);

    /// <summary>Group-mean imputation of the denominated table.</summary>
    /// <returns>The imputed table and its report.</returns>
    [Benchmark]
    public (UnitTable, ImputationReport) Impute() => Imputation.Apply(_built.Denominated, SyntheticIndex.Methodology.Imputation);

    /// <summary>Screening of the imputed table by data availability.</summary>
    /// <returns>The kept rows and the report.</returns>
    [Benchmark]
    public (UnitTable, ScreeningReport) Screen() => Screening.Apply(_built.Imputed, SyntheticIndex.Methodology.Screening);

    /// <summary>Skew/kurtosis check of every indicator, winsorisation and log transform where they fail.</summary>
    /// <returns>The treated table and the report.</returns>
    [Benchmark]
    public (UnitTable, OutlierReport) TreatOutliers() => OutlierTreatment.Apply(_built.Screened, SyntheticIndex.Methodology.OutlierTreatment);

    /// <summary>Min-max 0–100 normalisation of the treated table.</summary>
    /// <returns>The normalised table.</returns>
    [Benchmark]
    public UnitTable Normalise() => Normalisation.Apply(_built.Treated, _index.Framework, SyntheticIndex.Methodology.Normalisation);

    /// <summary>Weighted arithmetic aggregation up the tree (plan compilation included, as in the build).</summary>
    /// <returns>The scores of every node.</returns>
    [Benchmark]
    public UnitTable Aggregate() => Aggregation.Apply(_built.Normalised, _index.Framework, SyntheticIndex.Methodology.Aggregation);

    /// <summary>Competition ranks of every node's scores, with reused scratch buffers, as the build ranks them.</summary>
    /// <returns>The rank table.</returns>
    [Benchmark]
    public UnitTable Rank()
    {
        var scores = _built.Scores;
        var n = scores.UnitCount;
        var ranks = new double[n * scores.ColumnCount];
        for (var j = 0; j < scores.ColumnCount; j++)
        {
            Ranker.RankInto(scores.Column(j), ranks.AsSpan(j * n, n), SyntheticIndex.Methodology.Ranking.Ties, _rankKeys, _rankOrder);
        }

        return new UnitTable(scores.Units, scores.Columns, ranks);
    }

    /// <summary>
    /// Only wrapping an existing buffer of scores in a <see cref="UnitTable"/>: the fixed cost every step pays for
    /// its output table (the build creates eight), without any arithmetic.
    /// </summary>
    /// <returns>The table.</returns>
    [Benchmark]
    public UnitTable WrapTable() => new(_built.Scores.Units, _built.Scores.Columns, _scoreValues);
}
