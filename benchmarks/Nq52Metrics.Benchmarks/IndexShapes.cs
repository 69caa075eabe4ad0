namespace Nq52Metrics.Benchmarks;

/// <summary>Maps a shape to its dimensions and generates its synthetic index.</summary>
public static class IndexShapes
{
    /// <summary>The seed every benchmark generates its data with, so all runs measure the same data.</summary>
    public const int Seed = 52;

    /// <summary>Number of units and indicators of a shape.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>(units, indicators).</returns>
    public static (int Units, int Indicators) Dimensions(this IndexShape shape) => shape switch
    {
        IndexShape.Asem51x49 => (51, 49),
        IndexShape.Pii63x52 => (63, 52),
        IndexShape.Gii132x80 => (132, 80),
        IndexShape.Large10000x49 => (10_000, 49),
        IndexShape.Large10000x100 => (10_000, 100),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown shape."),
    };

    /// <summary>The synthetic index of a shape, generated with <see cref="Seed"/>.</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>The framework and dataset.</returns>
    public static SyntheticIndex Generate(this IndexShape shape)
    {
        var (units, indicators) = shape.Dimensions();
        return SyntheticIndex.Create(units, indicators, Seed);
    }
}
