namespace Nq52Metrics.Analysis;

/// <summary>One reason a what-if answer may not be exact, or a limit of its scope.</summary>
/// <param name="Kind">The kind of caveat.</param>
/// <param name="Indicator">The indicator concerned, if one.</param>
/// <param name="Message">One sentence for the user.</param>
public sealed record WhatIfCaveat(WhatIfCaveatKind Kind, string? Indicator, string Message)
{
    /// <summary>True when the caveat means the linear answer is not exact (all but <see cref="WhatIfCaveatKind.IndicatorsExcluded"/>).</summary>
    public bool BreaksExactness => Kind != WhatIfCaveatKind.IndicatorsExcluded;
}
