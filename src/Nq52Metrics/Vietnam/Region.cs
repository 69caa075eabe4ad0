using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>One of the six socio-economic regions of the 63 pre-2025 provinces (PII 2023/2024, GSO).</summary>
/// <param name="Code">The region code made up for the seeds: <c>RRD</c>, <c>NMM</c>, <c>NCC</c>, <c>CH</c>, <c>SE</c>, <c>MRD</c>.</param>
/// <param name="NameVi">The Vietnamese name, with diacritics.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="ProvinceCount">The number of provinces the sources give for the region.</param>
/// <param name="Sources">Keys of the sources (see <see cref="VietnamSeeds.Sources"/>).</param>
public sealed record Region(string Code, string NameVi, string NameEn, int ProvinceCount, ImmutableArray<string> Sources);
