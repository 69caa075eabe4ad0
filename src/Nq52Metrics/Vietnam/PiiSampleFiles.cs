namespace Nq52Metrics.Vietnam;

/// <summary>The two COINr-format files of a generated PII sample.</summary>
/// <param name="Seed">The seed they were generated with.</param>
/// <param name="MetaCsv">The framework (<c>pii_iMeta.csv</c>): the PII preset with the known indicators and sample placeholders.</param>
/// <param name="DataCsv">The sample data (<c>pii_sample_iData.csv</c>): the 63 provinces, their region, and generated values.</param>
public sealed record PiiSampleFiles(int Seed, string MetaCsv, string DataCsv)
{
    /// <summary>The file name of the framework.</summary>
    public const string MetaFileName = "pii_iMeta.csv";

    /// <summary>The file name of the sample data.</summary>
    public const string DataFileName = "pii_sample_iData.csv";
}
