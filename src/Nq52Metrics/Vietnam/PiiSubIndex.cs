namespace Nq52Metrics.Vietnam;

/// <summary>The two PII sub-indices; PII = mean(Input, Output), efficiency = Output / Input.</summary>
public enum PiiSubIndex
{
    /// <summary>The Input sub-index: the mean of pillars 1–5.</summary>
    Input,

    /// <summary>The Output sub-index: the mean of pillars 6–7.</summary>
    Output,
}
