using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Builds an index on panel data: the one pipeline, with the same methodology, run for every period. Screening and
/// outlier treatment work on each period's own data. Normalisation works per period too, unless the method is
/// <see cref="NormalisationMethod.Pooled"/>: then its statistics are computed once over all periods' treated values
/// (COINr <c>global = TRUE</c>), so scores compare over time. Latest-earlier-value imputation reads the earlier
/// periods. Pure: the same inputs always give the same result.
/// </summary>
public static class PanelBuilder
{
    /// <summary>Builds every period of the panel.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="panel">The panel data; every period must fit the framework.</param>
    /// <param name="methodology">The recipe, the same for every period; default <see cref="Methodology.Default"/>.</param>
    /// <returns>One result per period, and the changes between periods.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="IndexBuilder.Build"/>; every problem names its period.</exception>
    public static PanelResult Build(IndexFramework framework, PanelDataset panel, Methodology? methodology = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(panel);
        var problems = new ValidationProblems();
        var result = TryBuild(framework, panel, methodology ?? Methodology.Default, problems);
        problems.ThrowIfAny();
        return result!;
    }

    private static PanelResult? TryBuild(IndexFramework framework, PanelDataset panel, Methodology methodology, ValidationProblems problems)
    {
        var count = panel.Periods.Length;
        var inputs = new PipelineInput[count];
        var outcomes = new StageOutcome[count][];
        var earlier = ImmutableArray.CreateBuilder<PeriodTable>(count);
        var pooled = methodology.Normalisation.Pooled && count > 1;
        for (var p = 0; p < count; p++)
        {
            var periodProblems = new ValidationProblems();
            var input = PipelineInput.Of(framework, panel.Datasets[p], periodProblems);
            var early = input is null ? null : Pipeline.RunFrom(PipelineStage.Denominate, input, [], methodology, periodProblems, PipelineStage.Transform);
            if (input is not null && early is not null)
            {
                // The earlier periods as they enter imputation (not yet imputed), so filled values never chain.
                inputs[p] = input.WithEarlierPeriods(earlier.ToImmutable());
                earlier.Add(new PeriodTable(panel.Periods[p], early[(int)PipelineStage.Transform].Table));
                outcomes[p] = Pipeline.RunFrom(PipelineStage.Impute, inputs[p], early, methodology, periodProblems, pooled ? PipelineStage.TreatOutliers : PipelineStage.Rank)!;
            }

            AddFor(panel.Periods[p], periodProblems, problems);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        if (pooled && !NormalisePooled(inputs, outcomes, panel.Periods, methodology, problems))
        {
            return null;
        }

        var results = ImmutableArray.CreateBuilder<IndexResult>(count);
        for (var p = 0; p < count; p++)
        {
            results.Add(IndexBuilder.FromOutcomes(inputs[p], methodology, outcomes[p]));
        }

        return new PanelResult(panel.Periods, results.MoveToImmutable());
    }

    /// <summary>
    /// Normalises the treated tables of all periods as one column per indicator (the periods' rows one after the other),
    /// splits the result back into the periods and runs aggregation and ranking of each. False with problems added when
    /// a stage fails.
    /// </summary>
    private static bool NormalisePooled(PipelineInput[] inputs, StageOutcome[][] outcomes, ImmutableArray<int> periods, Methodology methodology, ValidationProblems problems)
    {
        var treated = outcomes.Select(o => o[(int)PipelineStage.TreatOutliers].Table).ToArray();
        var stacked = Stack(treated);
        var periodProblems = new ValidationProblems();
        var normalised = Pipeline.Run(PipelineStage.Normalise, inputs[0], stacked, methodology, periodProblems);
        if (normalised is null)
        {
            AddFor(periods, periodProblems, problems);
            return false;
        }

        var offset = 0;
        for (var p = 0; p < treated.Length; p++)
        {
            var rows = Enumerable.Range(offset, treated[p].UnitCount).ToArray();
            offset += rows.Length;
            outcomes[p][(int)PipelineStage.Normalise] = new StageOutcome(normalised.Value.Table.SelectUnits(rows), null);
            var rest = new ValidationProblems();
            outcomes[p] = Pipeline.RunFrom(PipelineStage.Aggregate, inputs[p], outcomes[p], methodology, rest)!;
            AddFor(periods[p], rest, problems);
        }

        return problems.Count == 0;
    }

    /// <summary>The tables' rows one after the other (same columns in every table).</summary>
    private static UnitTable Stack(UnitTable[] tables)
    {
        var n = tables.Sum(t => t.UnitCount);
        var columns = tables[0].Columns;
        var values = new double[n * columns.Length];
        for (var j = 0; j < columns.Length; j++)
        {
            var at = j * n;
            foreach (var table in tables)
            {
                table.Column(j).CopyTo(values.AsSpan(at));
                at += table.UnitCount;
            }
        }

        return new UnitTable([.. tables.SelectMany(t => t.Units)], columns, values);
    }

    private static void AddFor(int period, ValidationProblems found, ValidationProblems problems)
    {
        problems.AddRange(found.ToImmutable().Select(p => p.From($"period {period.ToString(System.Globalization.CultureInfo.InvariantCulture)}")));
    }

    private static void AddFor(ImmutableArray<int> periods, ValidationProblems found, ValidationProblems problems)
    {
        problems.AddRange(found.ToImmutable().Select(p => p.From($"periods {string.Join("–", periods[0], periods[^1])} pooled")));
    }
}
