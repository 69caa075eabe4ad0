using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Vietnam;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// What <c>nq52 pii whatif</c> prints: for a plan, the unit's rank and score now, the target and the score it takes,
/// each step (indicator, effective weight, normalised and raw values before and after, whether it reaches the best
/// value), the rank the rebuilt index gives, and whether the plan is exact (with the reasons when it is not); for a
/// change, the values changed and the rank and score before and after the rebuild. Sample data are labelled.
/// </summary>
internal static class PiiWhatIfReport
{
    /// <summary>Writes an improvement plan.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="name">The unit's display name.</param>
    /// <param name="plan">The plan.</param>
    public static void WritePlan(CliApp app, PiiInputReading inputs, string name, ImprovementPlan plan)
    {
        var output = app.Output;
        WriteHeader(app, inputs, name, plan.Unit, plan.Node);
        output.WriteLine(PiiText.Format(CliTexts.WhatIfNow, Rank(plan.RankBefore), Score(plan.ScoreBefore)));
        if (plan.AlreadyThere)
        {
            output.WriteLine(PiiText.Format(CliTexts.WhatIfAlreadyThere, plan.TargetRank, Rank(plan.RankBefore)));
            WriteNotice(app, inputs);
            return;
        }

        output.WriteLine(PiiText.Format(CliTexts.WhatIfTarget, plan.TargetRank, Score(plan.ThresholdScore), Score(plan.RequiredGain), PiiText.Ordinal(plan.TargetRank)));
        output.WriteLine(PiiText.Format(
            CliTexts.WhatIfPlan, PiiText.Count(plan.Steps.Length, CliTexts.CountIndicatorOne, CliTexts.CountIndicatorMany), Score(plan.TotalPoints)));
        using (app.ForPrograms())
        {
            app.CreateConsole().Write(StepTable(plan));
        }
        output.WriteLine(PiiText.Format(
            plan.ReachesTarget ? CliTexts.WhatIfVerifiedReached : CliTexts.WhatIfVerifiedNotReached, Score(plan.ScoreAfter), Score(plan.PredictedScore), Rank(plan.RankAfter)));
        if (!plan.Feasible)
        {
            output.WriteLine(CliTexts.WhatIfOutOfReach);
        }

        var breaking = plan.Caveats.Where(c => c.BreaksExactness).ToList();
        if (plan.IsExact)
        {
            output.WriteLine(CliTexts.WhatIfExact);
        }
        else
        {
            output.WriteLine(PiiText.Format(CliTexts.WhatIfNotExact, PiiText.Count(plan.Rounds, CliTexts.CountRoundOne, CliTexts.CountRoundMany)));
            foreach (var caveat in breaking)
            {
                output.WriteLine($"  - {caveat.MessageIn(app.Language)}");
            }
        }

        var excluded = plan.Caveats.Where(c => !c.BreaksExactness).ToList();
        if (excluded.Count > 0)
        {
            output.WriteLine(CliTexts.WhatIfScope);
            foreach (var caveat in excluded)
            {
                output.WriteLine($"  - {caveat.MessageIn(app.Language)}");
            }
        }

        WriteNotice(app, inputs);
    }

    /// <summary>Writes the rank after a change of raw values.</summary>
    /// <param name="app">Where to write.</param>
    /// <param name="inputs">The inputs.</param>
    /// <param name="name">The unit's display name.</param>
    /// <param name="analysis">The analysis (for the values before).</param>
    /// <param name="changes">The new raw values by indicator.</param>
    /// <param name="outcome">The outcome.</param>
    public static void WriteOutcome(CliApp app, PiiInputReading inputs, string name, WhatIfAnalysis analysis, IReadOnlyDictionary<string, double> changes, WhatIfOutcome outcome)
    {
        WriteHeader(app, inputs, name, outcome.Unit, outcome.Node);
        using (app.ForPrograms())
        {
            var table = new Table { Title = new TableTitle(CliTexts.WhatIfRawChanged) };
            table.AddColumn(new TableColumn(new Text(CliTexts.HeaderIndicator)));
            table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
            table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRawBefore)).RightAligned());
            table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRawAfter)).RightAligned());
            foreach (var (code, value) in changes.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                table.AddRow(
                    new Text(code),
                    new Text(analysis.Framework[code].DisplayName),
                    new Text(PiiText.Raw(analysis.Data.Indicators[outcome.Unit, code])),
                    new Text(PiiText.Raw(value)));
            }

            app.CreateConsole().Write(table);
        }
        var gained = outcome.PlacesGained;
        var move = double.IsNaN(gained) ? ""
            : gained > 0 ? PiiText.Format(CliTexts.WhatIfPlacesUp, Rank(gained))
            : gained < 0 ? PiiText.Format(CliTexts.WhatIfPlacesDown, Rank(-gained))
            : CliTexts.WhatIfRankUnchanged;
        app.Output.WriteLine(PiiText.Format(
            CliTexts.WhatIfBeforeAfter, Rank(outcome.RankBefore), Score(outcome.ScoreBefore), Rank(outcome.RankAfter), Score(outcome.ScoreAfter), move));
        app.Output.WriteLine(CliTexts.WhatIfRebuiltExact);
        WriteNotice(app, inputs);
    }

    private static void WriteHeader(CliApp app, PiiInputReading inputs, string name, string unit, string node)
    {
        WriteNotice(app, inputs);
        var data = PiiBuildReport.DataOrigin(inputs);
        app.Output.WriteLine(node == Vietnam.PiiFramework.IndexCode
            ? PiiText.Format(CliTexts.WhatIfHeaderPii, name, unit, data, inputs.MethodDescription)
            : PiiText.Format(CliTexts.WhatIfHeaderNode, name, unit, inputs.Framework[node].DisplayName, node, data, inputs.MethodDescription));
    }

    private static void WriteNotice(CliApp app, PiiInputReading inputs)
    {
        if (inputs.IsSample)
        {
            app.MarkSample(() => PiiText.SampleNotice);
            app.Output.WriteLine(PiiText.SampleNotice);
        }
    }

    private static Table StepTable(ImprovementPlan plan)
    {
        var table = new Table();
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderIndicator)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderName)));
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderWeight)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderNormalisedBeforeAfter)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderPoints)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderRawBeforeAfter)).RightAligned());
        table.AddColumn(new TableColumn(new Text(CliTexts.HeaderAtBest)));
        foreach (var step in plan.Steps)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(step.Indicator),
                new Text(step.Name),
                new Text(step.EffectiveWeight.ToString("F4", CultureInfo.CurrentCulture)),
                new Text($"{Score(step.NormalisedBefore)} → {Score(step.NormalisedAfter)}"),
                new Text(Score(step.Points)),
                new Text($"{PiiText.Raw(step.RawBefore)} → {PiiText.Raw(step.RawAfter)}"),
                new Text(step.ReachesBest ? CliTexts.Yes : CliTexts.No),
            });
        }

        return table;
    }

    private static string Score(double value) => RankingTable.FormatScore(value);

    private static string Rank(double value) => RankingTable.FormatRank(value);
}
