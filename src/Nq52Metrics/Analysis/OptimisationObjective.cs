namespace Nq52Metrics.Analysis;

/// <summary>What optimised weights aim for (COINr's <c>get_opt_weights</c>).</summary>
public enum OptimisationObjective
{
    /// <summary>
    /// Equal importance: the children's correlations with the index, normalised to sum to 1, as close as possible to
    /// equal shares (minimises the log of their mean squared difference).
    /// </summary>
    Balance,

    /// <summary>Most information: the sum of the children's correlations with the index is as large as possible.</summary>
    Infomax,
}
