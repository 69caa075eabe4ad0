namespace Nq52Metrics.Analysis;

/// <summary>Which correlation coefficient an audit computes.</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment correlation of the values (COINr's <c>get_corr</c> default).</summary>
    Pearson,

    /// <summary>Spearman's rank correlation: Pearson's correlation of the ranks, ties sharing their average rank.</summary>
    Spearman,
}
