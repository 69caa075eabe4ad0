namespace Nq52Metrics.Construction;

/// <summary>What a kernel found about the values it wrote: every value above 0 (false for NaN), and none NaN or infinite.</summary>
internal readonly record struct ValueFacts(bool AllPositive, bool AllFinite);
