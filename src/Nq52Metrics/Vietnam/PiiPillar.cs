using System.Collections.Immutable;

namespace Nq52Metrics.Vietnam;

/// <summary>One of the seven PII pillars (<c>pii_pillars.csv</c>), in the official order.</summary>
/// <param name="Number">The pillar number, 1–7.</param>
/// <param name="NameEn">The English name used by the English-language press.</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="SubIndex">Input (pillars 1–5) or Output (6–7).</param>
/// <param name="Sources">Keys of the sources.</param>
public sealed record PiiPillar(int Number, string NameEn, string NameVi, PiiSubIndex SubIndex, ImmutableArray<string> Sources);
