using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.DigitalEconomy;

/// <summary>
/// The digital-economy share of GRDP (or GDP) and its components, as the GSO defines it (Circular 13/2021/TT-BKHĐT):
/// share = (core digital-economy value added + digitalised value added of other sectors) / GRDP × 100. Exact decimal
/// arithmetic; the money unit is the caller's (the three amounts must share it).
/// </summary>
public sealed record DigitalEconomyShare
{
    private DigitalEconomyShare(decimal core, decimal digitalised, decimal grdp)
    {
        CoreValueAdded = core;
        DigitalisedValueAdded = digitalised;
        Grdp = grdp;
    }

    /// <summary>Value added of the core digital-economy industries (ICT production, telecoms, IT services…).</summary>
    public decimal CoreValueAdded { get; }

    /// <summary>The digitally enabled value added of all other industries.</summary>
    public decimal DigitalisedValueAdded { get; }

    /// <summary>Gross regional (or domestic) product, in the same money unit.</summary>
    public decimal Grdp { get; }

    /// <summary>Total digital-economy value added: core + digitalised.</summary>
    public decimal ValueAdded => CoreValueAdded + DigitalisedValueAdded;

    /// <summary>The share of GRDP in percent: (core + digitalised) / GRDP × 100 (unrounded).</summary>
    public decimal SharePercent => ValueAdded / Grdp * 100m;

    /// <summary>The core part as a percentage of GRDP.</summary>
    public decimal CoreSharePercent => CoreValueAdded / Grdp * 100m;

    /// <summary>The digitalised part as a percentage of GRDP.</summary>
    public decimal DigitalisedSharePercent => DigitalisedValueAdded / Grdp * 100m;

    /// <summary>The core part's share of digital-economy value added, in percent; null when the value added is 0.</summary>
    public decimal? CoreShareOfValueAdded => ValueAdded == 0 ? null : CoreValueAdded / ValueAdded * 100m;

    /// <summary>Creates the share from its components.</summary>
    /// <param name="coreValueAdded">Core digital-economy value added (≥ 0).</param>
    /// <param name="digitalisedValueAdded">Digitalised value added of other sectors (≥ 0).</param>
    /// <param name="grdp">GRDP (&gt; 0), in the same money unit.</param>
    /// <returns>The share.</returns>
    /// <exception cref="Nq52ValidationException">A negative component or a GRDP ≤ 0 (all problems together).</exception>
    public static DigitalEconomyShare Create(decimal coreValueAdded, decimal digitalisedValueAdded, decimal grdp) =>
        TryCreate(coreValueAdded, digitalisedValueAdded, grdp).GetValueOrThrow();

    /// <summary>As <see cref="Create"/>, with the problems returned rather than thrown.</summary>
    internal static Outcome<DigitalEconomyShare> TryCreate(decimal coreValueAdded, decimal digitalisedValueAdded, decimal grdp)
    {
        var problems = new ValidationProblems();
        if (coreValueAdded < 0)
        {
            problems.AddMessage("core value added", nameof(Messages.DeValueAddedNegative), coreValueAdded);
        }

        if (digitalisedValueAdded < 0)
        {
            problems.AddMessage("digitalised value added", nameof(Messages.DeValueAddedNegative), digitalisedValueAdded);
        }

        if (grdp <= 0)
        {
            problems.AddMessage("GRDP", nameof(Messages.DeGrdpNotPositive), grdp);
        }

        return problems.IsEmpty
            ? Outcome<DigitalEconomyShare>.Success(new DigitalEconomyShare(coreValueAdded, digitalisedValueAdded, grdp))
            : Outcome<DigitalEconomyShare>.Failure(problems.Items);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
