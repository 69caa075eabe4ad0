using System.Collections.Immutable;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>A published count of provinces in one share band (<c>digital_economy_bands.csv</c>).</summary>
/// <param name="Year">The year of the shares.</param>
/// <param name="Series">Who produced the shares.</param>
/// <param name="Band">The band (the sources do not say which bound is inclusive).</param>
/// <param name="ProvinceCount">The number of provinces in the band.</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note (a <c>conflict:</c> row restates a count differently from the band rows).</param>
public sealed record PublishedBandCount(int Year, DigitalEconomySeries Series, ShareBand Band, int ProvinceCount, ImmutableArray<string> Sources, string Note);
