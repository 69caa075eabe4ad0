namespace Nq52Metrics.Benchmarks;

/// <summary>The index shapes the build is measured at (units × indicators), named after the index they mimic.</summary>
public enum IndexShape
{
    /// <summary>51 units × 49 indicators: COINr's ASEM example.</summary>
    Asem51x49,

    /// <summary>63 units × 52 indicators: Vietnam's Provincial Innovation Index (63 provinces).</summary>
    Pii63x52,

    /// <summary>132 units × 80 indicators: the Global Innovation Index.</summary>
    Gii132x80,

    /// <summary>10,000 units × 49 indicators: a large synthetic case where per-column costs dominate.</summary>
    Large10000x49,

    /// <summary>10,000 units × 100 indicators: the large case of the statistical audit.</summary>
    Large10000x100,
}
