using System.Collections.Immutable;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// A PII indicator known by name (<c>pii_indicators.csv</c>; about 23 of the 52). The sources name it but never state
/// its pillar or direction: both are inferred from the name.
/// </summary>
/// <param name="Code">A code made up for the seeds, e.g. <c>legal_env</c>.</param>
/// <param name="NameVi">The Vietnamese name.</param>
/// <param name="NameEn">The English name.</param>
/// <param name="Pillar">The inferred pillar (1–7), or null where two pillars are equally likely.</param>
/// <param name="CandidatePillars">The pillars it may belong to: <see cref="Pillar"/> alone, or the candidates named in the note.</param>
/// <param name="PillarInferred">True when the pillar is inferred from the name rather than stated by a source.</param>
/// <param name="Direction">The inferred direction (every known indicator reads as higher-is-better).</param>
/// <param name="Sources">Keys of the sources that name the indicator.</param>
/// <param name="Note">The row's note.</param>
public sealed record PiiKnownIndicator(
    string Code,
    string NameVi,
    string NameEn,
    int? Pillar,
    ImmutableArray<int> CandidatePillars,
    bool PillarInferred,
    Direction Direction,
    ImmutableArray<string> Sources,
    FactNote Note);
