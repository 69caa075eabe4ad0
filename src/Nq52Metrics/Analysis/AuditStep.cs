namespace Nq52Metrics.Analysis;

/// <summary>The data of a build an indicator statistic describes.</summary>
public enum AuditStep
{
    /// <summary>The values as given (all input units); file label <c>raw</c>.</summary>
    Raw,

    /// <summary>After outlier treatment (screened units); file label <c>treated</c>.</summary>
    Treated,

    /// <summary>After normalisation (screened units); file label <c>normalised</c>.</summary>
    Normalised,
}
