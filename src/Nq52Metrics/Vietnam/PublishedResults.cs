using System.Collections.Immutable;
using System.Globalization;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>All published facts of one index (PII or DTI), by edition.</summary>
public sealed class PublishedResults
{
    private readonly VietnamSeeds _seeds;
    private readonly Func<int, UnitList> _unitListOf;
    private readonly ImmutableArray<RegionMeanFact> _regionMeans;

    internal PublishedResults(
        VietnamSeeds seeds,
        IndexKind index,
        ImmutableArray<int> editions,
        ImmutableArray<PublishedFact> facts,
        ImmutableArray<RegionMeanFact> regionMeans,
        Func<int, UnitList> unitListOf)
    {
        _seeds = seeds;
        Index = index;
        Editions = editions;
        Facts = facts;
        _regionMeans = regionMeans;
        _unitListOf = unitListOf;
    }

    /// <summary>PII or DTI.</summary>
    public IndexKind Index { get; }

    /// <summary>The published editions the seeds know, ascending.</summary>
    public ImmutableArray<int> Editions { get; }

    /// <summary>Every fact, in file order.</summary>
    public ImmutableArray<PublishedFact> Facts { get; }

    /// <summary>Why <see cref="Edition"/> has no such edition, or null when it has.</summary>
    internal MessageText? EditionProblem(int edition) => Editions.Contains(edition)
        ? null
        : MessageText.Of(nameof(Messages.PublishedEditionUnknown), Index.ToString().ToUpperInvariant(), edition, string.Join(", ", Editions));

    /// <summary>The facts of one edition.</summary>
    /// <param name="edition">An edition label year, e.g. 2023.</param>
    /// <returns>The edition's facts, rows and regional figures.</returns>
    /// <exception cref="Nq52ValidationException">The seeds know no such published edition.</exception>
    public PublishedEdition Edition(int edition)
    {
        if (EditionProblem(edition) is { } problem)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter("edition"), problem)]);
        }

        return new PublishedEdition(
            _seeds,
            Index,
            edition,
            _unitListOf(edition),
            Facts.Where(f => f.Edition == edition).ToImmutableArray(),
            _regionMeans.Where(m => m.Edition == edition).ToImmutableArray());
    }

    /// <summary>The unit list an edition ranks.</summary>
    /// <param name="edition">An edition label year.</param>
    /// <returns>63 provinces or 34 units.</returns>
    /// <exception cref="Nq52ValidationException">The seeds know no such published edition.</exception>
    public UnitList UnitListOf(int edition) => Edition(edition).UnitList;
}
