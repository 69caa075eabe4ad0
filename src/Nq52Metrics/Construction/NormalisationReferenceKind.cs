namespace Nq52Metrics.Construction;

/// <summary>What a <see cref="NormalisationReference"/> is taken from.</summary>
public enum NormalisationReferenceKind
{
    /// <summary>The best available value of the column (the largest for a positive indicator, the smallest for a negative one).</summary>
    Max,

    /// <summary>The worst available value of the column (the smallest for a positive indicator, the largest for a negative one).</summary>
    Min,

    /// <summary>The mean of the available values.</summary>
    Mean,

    /// <summary>The median of the available values (the mean of the two middle ones for an even count).</summary>
    Median,

    /// <summary>The value of one named unit.</summary>
    Unit,

    /// <summary>A fixed number.</summary>
    Value,
}
