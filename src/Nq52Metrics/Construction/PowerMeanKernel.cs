namespace Nq52Metrics.Construction;

/// <summary>The power means the compiled plan computes with its own vectorised kernels.</summary>
internal enum PowerMeanKernel
{
    /// <summary>Power 1.</summary>
    Arithmetic,

    /// <summary>Power 0 (the limit).</summary>
    Geometric,

    /// <summary>Power −1.</summary>
    Harmonic,
}
