using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>One row of the 2025 merger map: the unit an old province went into.</summary>
/// <param name="ProvinceKey">The old province's key (<see cref="AdministrativeUnit.Key"/> of a <see cref="Province"/>).</param>
/// <param name="UnitCode">The code of the 2025 unit (<see cref="MergedUnit"/>).</param>
/// <param name="Confirmed">False when no cited source confirms this composition (it comes from general knowledge).</param>
/// <param name="Sources">Keys of the sources.</param>
/// <param name="Note">The row's note.</param>
public sealed record MergerEntry(string ProvinceKey, string UnitCode, bool Confirmed, ImmutableArray<string> Sources, FactNote Note);
