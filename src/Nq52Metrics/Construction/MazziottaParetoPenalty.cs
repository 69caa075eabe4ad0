namespace Nq52Metrics.Construction;

/// <summary>The sign of the Mazziotta–Pareto penalty for unbalanced children.</summary>
public enum MazziottaParetoPenalty
{
    /// <summary>MPI− = M − S·cv: unbalance lowers the score (for indices where higher is better). Method file: <c>negative</c>.</summary>
    Negative,

    /// <summary>MPI+ = M + S·cv: unbalance raises the score (for indices where lower is better). Method file: <c>positive</c>.</summary>
    Positive,
}
