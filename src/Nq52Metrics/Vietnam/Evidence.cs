using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>One seed fact brought to bear on a claim.</summary>
/// <param name="UnitKey">The unit the fact is about (or <c>national</c>).</param>
/// <param name="Year">The edition or year of the fact.</param>
/// <param name="Measure">The fact's measure key (for digital-economy shares, <c>de_share_grdp_percent</c>).</param>
/// <param name="Value">The fact's value.</param>
/// <param name="Sources">The fact's sources other than the claim's own.</param>
/// <param name="Note">The fact's note (conflict, derived… markers).</param>
/// <param name="Origin">Where the fact was read, e.g. <c>pii_published.csv line 37</c>.</param>
/// <param name="Series">For digital-economy shares, the series (<c>gso</c>, <c>mic</c>, <c>unspecified</c>); otherwise null.</param>
public sealed record Evidence(string UnitKey, int Year, string Measure, decimal Value, ImmutableArray<string> Sources, FactNote Note, string Origin, string? Series = null);
