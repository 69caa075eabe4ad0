using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;

namespace Nq52Metrics.Construction;

/// <summary>
/// The one pipeline definition: the ordered list of stages and, for each, the step it runs from the previous
/// stage's table and the stage's spec to a table and a report. <see cref="IndexBuilder"/> runs the whole list;
/// uncertainty, sensitivity and what-if compile the same list and re-run it from the first stage they vary
/// (COINr's <c>Regen(from = …)</c>). Every step is pure; problems are collected, never thrown.
/// </summary>
internal static class Pipeline
{
    /// <summary>Every stage, in the order it runs.</summary>
    public static ImmutableArray<PipelineStage> Stages { get; } =
    [
        PipelineStage.Denominate,
        PipelineStage.Transform,
        PipelineStage.Impute,
        PipelineStage.Screen,
        PipelineStage.TreatOutliers,
        PipelineStage.Normalise,
        PipelineStage.Aggregate,
        PipelineStage.Rank,
    ];

    /// <summary>The stages before aggregation: their output is the indicator table the aggregation reads.</summary>
    public static bool IsBeforeAggregation(PipelineStage stage) => stage < PipelineStage.Aggregate;

    /// <summary>
    /// Runs one stage on the previous stage's table (null for <see cref="PipelineStage.Denominate"/>, which reads the
    /// dataset). Returns null, with problems added, when the stage is undefined for its input or its spec is invalid.
    /// </summary>
    public static StageOutcome? Run(PipelineStage stage, PipelineInput input, UnitTable? previous, Methodology methodology, ValidationProblems problems) =>
        Run(stage, input, previous, methodology, problems, out _);

    /// <summary>
    /// <see cref="Run(PipelineStage, PipelineInput, UnitTable?, Methodology, ValidationProblems)"/>, telling in
    /// <paramref name="overflowed"/> whether the stage failed because its output overflowed (the guard of
    /// <see cref="FiniteValues"/>) rather than because it is undefined for its input.
    /// </summary>
    public static StageOutcome? Run(PipelineStage stage, PipelineInput input, UnitTable? previous, Methodology methodology, ValidationProblems problems, out bool overflowed)
    {
        var outcome = RunStep(stage, input, previous, methodology, problems);
        overflowed = outcome is { } computed && !Finite(stage, input, previous, computed.Table, problems);
        return outcome is not null && !overflowed ? outcome : null;
    }

    private static StageOutcome? RunStep(PipelineStage stage, PipelineInput input, UnitTable? previous, Methodology methodology, ValidationProblems problems)
    {
        switch (stage)
        {
            case PipelineStage.Denominate:
                return Outcome(Denomination.ApplyToFittingData(input.Framework, input.Data, methodology.Denomination, problems));
            case PipelineStage.Transform:
                return Outcome(Transformation.Apply(previous!, input.Framework, methodology.Transform, problems));
            case PipelineStage.Impute:
                return Imputation.Apply(previous!, methodology.Imputation, problems, input.EarlierPeriods) is { } imputed ? new StageOutcome(imputed.Table, imputed.Report) : null;
            case PipelineStage.Screen:
                return Screening.Apply(previous!, methodology.Screening, problems) is { } screened ? new StageOutcome(screened.Table, screened.Report) : null;
            case PipelineStage.TreatOutliers:
                return OutlierTreatment.Apply(previous!, methodology.OutlierTreatment, problems) is { } treated ? new StageOutcome(treated.Table, treated.Report) : null;
            case PipelineStage.Normalise:
                return Outcome(Normalisation.Apply(previous!, input.Framework, methodology.Normalisation, methodology.Transform, problems));
            case PipelineStage.Aggregate:
                return Outcome(Aggregation.Apply(previous!, input.Plan, input.Plan.NominalWeights, methodology.Aggregation, problems));
            case PipelineStage.Rank:
                return Outcome(RankAll(previous!, methodology.Ranking, problems));
            default:
                problems.AddMessage("pipeline", nameof(Messages.PipelineStageUnknown), stage.ToString());
                return null;
        }
    }

    /// <summary>The guard against silent overflow after each computing stage (see <see cref="FiniteValues"/>).</summary>
    private static bool Finite(PipelineStage stage, PipelineInput input, UnitTable? previous, UnitTable output, ValidationProblems problems) => stage switch
    {
        PipelineStage.Denominate => FiniteValues.Ensure(output, StepNameKey(stage), "indicator", null, problems),
        PipelineStage.Transform or PipelineStage.Impute or PipelineStage.TreatOutliers or PipelineStage.Normalise =>
            FiniteValues.Ensure(output, StepNameKey(stage), "indicator", previous, problems),
        PipelineStage.Aggregate => FiniteValues.EnsureAggregates(output, input.Framework, problems),
        _ => true,
    };

    /// <summary>The key of a stage's name as a user says it in a message (<c>normalisation</c>, <c>bước chuẩn hóa</c>).</summary>
    internal static string StepNameKey(PipelineStage stage) => stage switch
    {
        PipelineStage.Denominate => nameof(Messages.StepDenomination),
        PipelineStage.Transform => nameof(Messages.StepTransform),
        PipelineStage.Impute => nameof(Messages.StepImputation),
        PipelineStage.Screen => nameof(Messages.StepScreening),
        PipelineStage.TreatOutliers => nameof(Messages.StepOutlierTreatment),
        PipelineStage.Normalise => nameof(Messages.StepNormalisation),
        PipelineStage.Aggregate => nameof(Messages.StepAggregation),
        _ => nameof(Messages.StepRanking),
    };

    /// <summary>
    /// Runs the stages from <paramref name="from"/> to the end, starting from the outcomes of the stages before it
    /// (<paramref name="earlier"/>, indexed by stage; entries from <paramref name="from"/> on are ignored). Returns every
    /// stage's outcome, or null with problems added.
    /// </summary>
    public static StageOutcome[]? RunFrom(PipelineStage from, PipelineInput input, ReadOnlySpan<StageOutcome> earlier, Methodology methodology, ValidationProblems problems, PipelineStage last = PipelineStage.Rank)
    {
        var outcomes = new StageOutcome[Stages.Length];
        for (var s = 0; s < (int)from; s++)
        {
            outcomes[s] = earlier[s];
        }

        for (var s = (int)from; s <= (int)last; s++)
        {
            var previous = s == 0 ? null : outcomes[s - 1].Table;
            if (Run(Stages[s], input, previous, methodology, problems) is not { } outcome)
            {
                return null;
            }

            outcomes[s] = outcome;
        }

        return outcomes;
    }

    private static StageOutcome? Outcome(UnitTable? table) => table is null ? null : new StageOutcome(table, null);

    private static UnitTable? RankAll(UnitTable scores, RankingSpec spec, ValidationProblems problems)
    {
        if (spec.Problem() is { } problem)
        {
            problems.Add(problem.Message.At(problem.Path));
            return null;
        }

        var n = scores.UnitCount;
        var ranks = new double[n * scores.ColumnCount];
        var keys = new double[n];
        var order = new int[n];
        var rounded = new double[n];
        for (var j = 0; j < scores.ColumnCount; j++)
        {
            Ranker.RankInto(scores.Column(j), ranks.AsSpan(j * n, n), spec, keys, order, rounded);
        }

        return new UnitTable(scores.Units, scores.Columns, ranks);
    }
}

/// <summary>What one stage produced: its table and, for stages that report, the report.</summary>
internal readonly record struct StageOutcome(UnitTable Table, object? Report);

/// <summary>The fixed inputs of a pipeline, checked once: the framework, the dataset and the compiled aggregation plan.</summary>
internal sealed class PipelineInput
{
    private PipelineInput(IndexFramework framework, Dataset data, AggregationPlan plan, ImmutableArray<PeriodTable> earlierPeriods)
    {
        Framework = framework;
        Data = data;
        Plan = plan;
        EarlierPeriods = earlierPeriods;
    }

    public IndexFramework Framework { get; }

    public Dataset Data { get; }

    public AggregationPlan Plan { get; }

    /// <summary>
    /// In a panel build, the earlier periods' tables before imputation (after the transform stage), oldest first, which
    /// latest-earlier-value imputation reads; empty for a single period.
    /// </summary>
    public ImmutableArray<PeriodTable> EarlierPeriods { get; }

    /// <summary>This input with the earlier periods of a panel (the plan is shared, not compiled again).</summary>
    public PipelineInput WithEarlierPeriods(ImmutableArray<PeriodTable> earlier) => new(Framework, Data, Plan, earlier);

    /// <summary>The input when the dataset fits the framework; null with problems added otherwise.</summary>
    public static PipelineInput? Of(IndexFramework framework, Dataset data, ValidationProblems problems)
    {
        var misfit = data.Check(framework);
        if (!misfit.IsEmpty)
        {
            problems.AddRange(misfit);
            return null;
        }

        return new PipelineInput(framework, data, AggregationPlan.Compile(framework), []);
    }

    /// <summary>The same framework and plan with data of the same shape (same units, indicator and denominator columns), not checked again.</summary>
    public PipelineInput WithData(Dataset data)
    {
        if (!data.Indicators.Columns.SequenceEqual(Data.Indicators.Columns, StringComparer.Ordinal) || data.Units.Length != Data.Units.Length)
        {
            throw new ArgumentException("The changed data must have the baseline's shape.", nameof(data));
        }

        return new PipelineInput(Framework, data, Plan, EarlierPeriods);
    }
}
