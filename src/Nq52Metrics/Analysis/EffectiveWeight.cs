namespace Nq52Metrics.Analysis;

/// <summary>
/// A node's weight as given and its effective weight in the index: the product of its weight normalised among its
/// siblings and the same for every ancestor (COINr's <c>get_eff_weights</c>). The effective weights of the nodes at
/// one level sum to 1.
/// </summary>
/// <param name="Code">The node's code.</param>
/// <param name="Level">Its level (1 = indicator).</param>
/// <param name="Weight">Its weight as the framework gives it (relative to its siblings).</param>
/// <param name="Effective">Its effective weight in the index, in (0, 1].</param>
public sealed record EffectiveWeight(string Code, int Level, double Weight, double Effective);
