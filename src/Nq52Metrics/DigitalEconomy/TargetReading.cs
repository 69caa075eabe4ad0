using System.Collections.Immutable;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>One observed value of a target's metric: what a source gives for a year.</summary>
/// <param name="Year">The year the value is for.</param>
/// <param name="Value">The value, in the target's unit.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Label">What the value is, e.g. <c>GSO national share</c> or <c>MIC 2022, Bắc Ninh</c>.</param>
public sealed record TargetReading(int Year, double Value, ImmutableArray<string> Sources, string Label);
