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
        output.WriteLine($"Now: rank {Rank(plan.RankBefore)}, score {Score(plan.ScoreBefore)}.");
        if (plan.AlreadyThere)
        {
            output.WriteLine(PiiText.Invariant($"Target: rank {plan.TargetRank}. The unit already holds rank {Rank(plan.RankBefore)}: nothing to change."));
            WriteNotice(app, inputs);
            return;
        }

        output.WriteLine(PiiText.Invariant(
            $"Target: rank {plan.TargetRank}: reach {Score(plan.ThresholdScore)}, the score of the unit now {PiiText.Ordinal(plan.TargetRank)} among the others (a tie is enough), a gain of {Score(plan.RequiredGain)} points."));
        output.WriteLine(PiiText.Invariant(
            $"Plan: raise {PiiText.Count(plan.Steps.Length, "indicator")} by {Score(plan.TotalPoints)} normalised points in total, largest effective weight first, each at most to the best value among the units:"));
        app.CreateConsole().Write(StepTable(plan));
        output.WriteLine(PiiText.Invariant(
            $"Verified by rebuilding the index with these values: score {Score(plan.ScoreAfter)} (predicted {Score(plan.PredictedScore)}), rank {Rank(plan.RankAfter)}: the target is {(plan.ReachesTarget ? "reached" : "NOT reached")}."));
        if (!plan.Feasible)
        {
            output.WriteLine("Out of reach: even with every usable indicator at the best value among the units the unit cannot reach the target; the steps show that maximum effort.");
        }

        var breaking = plan.Caveats.Where(c => c.BreaksExactness).ToList();
        if (plan.IsExact)
        {
            output.WriteLine("Exact: yes. Every level is an arithmetic mean and the normalisation bounds do not move, so the score is linear in the normalised values, this is the smallest total of normalised points, and the rebuild confirms the prediction.");
        }
        else
        {
            output.WriteLine(PiiText.Invariant($"Exact: no ({PiiText.Count(plan.Rounds, "plan-and-rebuild round")}); the plan may not be the smallest, because:"));
            foreach (var caveat in breaking)
            {
                output.WriteLine($"  - {caveat.Message}");
            }
        }

        var excluded = plan.Caveats.Where(c => !c.BreaksExactness).ToList();
        if (excluded.Count > 0)
        {
            output.WriteLine("Scope: the plan is the smallest over the indicators that remain, because of these exclusions:");
            foreach (var caveat in excluded)
            {
                output.WriteLine($"  - {caveat.Message}");
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
        var table = new Table { Title = new TableTitle("Raw values changed") };
        table.AddColumn(new TableColumn(new Text("Indicator")));
        table.AddColumn(new TableColumn(new Text("Name")));
        table.AddColumn(new TableColumn(new Text("Raw before")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Raw after")).RightAligned());
        foreach (var (code, value) in changes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            table.AddRow(
                new Text(code),
                new Text(analysis.Framework[code].DisplayName),
                new Text(PiiText.Raw(analysis.Data.Indicators[outcome.Unit, code])),
                new Text(PiiText.Raw(value)));
        }

        app.CreateConsole().Write(table);
        var gained = outcome.PlacesGained;
        var move = double.IsNaN(gained) ? "" : gained > 0 ? $", {Rank(gained)} places up" : gained < 0 ? $", {Rank(-gained)} places down" : ", rank unchanged";
        app.Output.WriteLine($"Before: rank {Rank(outcome.RankBefore)}, score {Score(outcome.ScoreBefore)}. After: rank {Rank(outcome.RankAfter)}, score {Score(outcome.ScoreAfter)}{move}.");
        app.Output.WriteLine("Exact: the whole index was rebuilt with the new values (every step redone for every unit), so this is the rank under the current methodology.");
        WriteNotice(app, inputs);
    }

    private static void WriteHeader(CliApp app, PiiInputReading inputs, string name, string unit, string node)
    {
        WriteNotice(app, inputs);
        var target = node == Vietnam.PiiFramework.IndexCode ? "the PII" : $"{inputs.Framework[node].DisplayName} ({node})";
        var data = inputs.Paths.Data is { } path ? $"data from {Path.GetFileName(path)}" : "the shipped sample data";
        app.Output.WriteLine($"What-if for {name} (unit {unit}), ranked by {target}; {data}; method: {inputs.MethodDescription}.");
    }

    private static void WriteNotice(CliApp app, PiiInputReading inputs)
    {
        if (inputs.IsSample)
        {
            app.MarkSample(PiiSample.Notice);
            app.Output.WriteLine(PiiSample.Notice);
        }
    }

    private static Table StepTable(ImprovementPlan plan)
    {
        var table = new Table();
        table.AddColumn(new TableColumn(new Text("Indicator")));
        table.AddColumn(new TableColumn(new Text("Name")));
        table.AddColumn(new TableColumn(new Text("Weight")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Normalised before → after")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Points")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Raw before → after")).RightAligned());
        table.AddColumn(new TableColumn(new Text("At best")));
        foreach (var step in plan.Steps)
        {
            table.AddRow(new List<IRenderable>
            {
                new Text(step.Indicator),
                new Text(step.Name),
                new Text(step.EffectiveWeight.ToString("F4", CultureInfo.InvariantCulture)),
                new Text($"{Score(step.NormalisedBefore)} → {Score(step.NormalisedAfter)}"),
                new Text(Score(step.Points)),
                new Text($"{PiiText.Raw(step.RawBefore)} → {PiiText.Raw(step.RawAfter)}"),
                new Text(step.ReachesBest ? "yes" : "no"),
            });
        }

        return table;
    }

    private static string Score(double value) => RankingTable.FormatScore(value);

    private static string Rank(double value) => RankingTable.FormatRank(value);
}
