using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Cli;

/// <summary><c>nq52 pii whatif</c>: a province's plan to reach a rank, or its rank after a change, verified by a rebuild.</summary>
public sealed class PiiWhatIfCommandTests
{
    private static readonly Lazy<WhatIfAnalysis> Sample = new(() => new WhatIfAnalysis(PiiSample.Framework(), PiiSample.Dataset(), PiiMethodology.Default));

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    private static string Rank(double value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void The_plan_reaches_the_target_rank_and_says_it_is_exact()
    {
        var plan = Sample.Value.PlanToReach("thai-nguyen", 5);
        Assert.True(plan.ReachesTarget && plan.IsExact && plan.RankBefore > 5);

        var run = CliRun.Run("pii", "whatif", "--unit", "thai-nguyen", "--target-rank", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutputLines;
        Assert.Equal(PiiSample.Notice, lines[0]);
        Assert.Equal(PiiSample.Notice, lines[^1]);
        Assert.StartsWith("What-if for Thái Nguyên (unit thai-nguyen), ranked by the PII; the shipped sample data;", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Now: rank {Rank(plan.RankBefore)}, score {F2(plan.ScoreBefore)}.", lines);
        Assert.StartsWith($"Target: rank 5: reach {F2(plan.ThresholdScore)}", lines[3], StringComparison.Ordinal);
        var steps = PiiTables.Read(run.Output)[0];
        Assert.Equal(["Indicator", "Name", "Weight", "Normalised before → after", "Points", "Raw before → after", "At best"], steps.Header);
        Assert.Equal(plan.Steps.Select(s => s.Indicator), steps.Rows.Select(r => r[0]));
        foreach (var (step, row) in plan.Steps.Zip(steps.Rows))
        {
            Assert.Equal($"{F2(step.NormalisedBefore)} → {F2(step.NormalisedAfter)}", row[3]);
            Assert.Equal(step.ReachesBest ? "yes" : "no", row[6]);
        }

        Assert.Contains(
            $"Verified by rebuilding the index with these values: score {F2(plan.ScoreAfter)} (predicted {F2(plan.PredictedScore)}), rank {Rank(plan.RankAfter)}: the target is reached.",
            lines);
        Assert.Contains(lines, l => l.StartsWith("Exact: yes.", StringComparison.Ordinal));
        Assert.All(plan.Caveats, c => Assert.Contains($"- {c.Message}", lines));
    }

    [Fact]
    public void A_plan_that_is_not_exact_says_why()
    {
        var plan = Sample.Value.PlanToReach("lai-chau", 1);
        Assert.False(plan.IsExact);

        var run = CliRun.Run("pii", "whatif", "--unit", "Lai Châu", "--target-rank", "1");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutputLines;
        Assert.Contains(lines, l => l.StartsWith("Exact: no (", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Exact: yes", StringComparison.Ordinal));
        Assert.All(plan.Caveats.Where(c => c.BreaksExactness), c => Assert.Contains($"- {c.Message}", lines));
        Assert.Contains($"rank {Rank(plan.RankAfter)}: the target is {(plan.ReachesTarget ? "reached" : "NOT reached")}.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_outlier_treatment_every_indicator_is_usable_and_the_plan_is_exact()
    {
        using var folder = new TempFolder();
        var method = folder.Write("method.json", """{"impute": {"method": "none"}, "outliers": {"method": "none"}}""");
        var plan = new WhatIfAnalysis(PiiSample.Framework(), PiiSample.Dataset(), MethodologyJson.Load(method)).PlanToReach("thai-nguyen", 3);
        Assert.True(plan.IsExact && plan.ReachesTarget);
        Assert.Empty(plan.Caveats);

        var run = CliRun.Run("pii", "whatif", "-u", "thai-nguyen", "-t", "3", "--method", method);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("method: the method file method.json.", run.Output, StringComparison.Ordinal);
        Assert.Equal(plan.Steps.Select(s => s.Indicator), PiiTables.Read(run.Output)[0].Rows.Select(r => r[0]));
        Assert.DoesNotContain("Scope:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exact: yes.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_indicators_are_left_out_and_node_ranks_by_a_pillar()
    {
        var options = new WhatIfOptions { Fixed = ["legal_env", "P1_I08"] };
        var plan = Sample.Value.PlanToReach("cao-bang", 3, "P1", options);
        var free = Sample.Value.PlanToReach("cao-bang", 3, "P1");
        Assert.Contains(free.Steps, s => s.Indicator == "legal_env");

        var run = CliRun.Run("pii", "whatif", "--unit", "cao-bang", "--target-rank", "3", "--node", "P1", "--fixed", "legal_env", "--fixed", "P1_I08");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(unit cao-bang), ranked by Institutions (P1);", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Now: rank {Rank(plan.RankBefore)}, score {F2(plan.ScoreBefore)}.", run.OutputLines);
        Assert.Equal(plan.Steps.Select(s => s.Indicator), PiiTables.Read(run.Output)[0].Rows.Select(r => r[0]));
        Assert.DoesNotContain("legal_env", plan.Steps.Select(s => s.Indicator));
        Assert.All(plan.Caveats.Where(c => c.Kind == WhatIfCaveatKind.IndicatorsExcluded), c => Assert.Contains($"- {c.Message}", run.OutputLines));
    }

    [Fact]
    public void A_province_can_be_named_by_key_name_or_code()
    {
        var byKey = CliRun.Run("pii", "whatif", "--unit", "thai-nguyen", "--target-rank", "5");

        Assert.Equal(byKey, CliRun.Run("pii", "whatif", "--unit", "Thai Nguyen", "--target-rank", "5"));
        Assert.Equal(byKey, CliRun.Run("pii", "whatif", "--unit", "tỉnh Thái Nguyên", "--target-rank", "5"));
        Assert.Equal(byKey, CliRun.Run("pii", "whatif", "--unit", "19", "--target-rank", "5"));
    }

    [Fact]
    public void A_unit_already_at_the_target_needs_nothing()
    {
        var run = CliRun.Run("pii", "whatif", "--unit", "ha-noi", "--target-rank", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Target: rank 3. The unit already holds rank 1: nothing to change.", run.OutputLines);
        Assert.Empty(PiiTables.Read(run.Output));
    }

    [Fact]
    public void Set_gives_the_rank_after_a_change_from_a_rebuild()
    {
        var changes = new Dictionary<string, double> { ["legal_env"] = 100, ["P6_I06"] = 90.5 };
        var outcome = Sample.Value.RankAfter("lam-dong", changes);
        Assert.True(outcome.PlacesGained > 0);

        var run = CliRun.Run("pii", "whatif", "--unit", "lam-dong", "--set", "legal_env=100", "--set", "P6_I06=90.5");

        Assert.Equal(0, run.ExitCode);
        var table = PiiTables.Read(run.Output)[0];
        Assert.Equal(["P6_I06", "legal_env"], table.Rows.Select(r => r[0]));
        Assert.Equal(["100", "90.5"], table.Rows.Select(r => r[3]).Reverse());
        Assert.Equal(
            $"Before: rank {Rank(outcome.RankBefore)}, score {F2(outcome.ScoreBefore)}. After: rank {Rank(outcome.RankAfter)}, score {F2(outcome.ScoreAfter)}, {Rank(outcome.PlacesGained)} places up.",
            run.OutputLines.Single(l => l.StartsWith("Before:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(new[] { "--unit", "ha-noi" }, "error: give either --target-rank N (plan the improvements) or --set CODE=VALUE (the rank after a change), not both and not neither.")]
    [InlineData(new[] { "--unit", "ha-noi", "--target-rank", "2", "--set", "legal_env=1" }, "error: give either --target-rank N (plan the improvements) or --set CODE=VALUE (the rank after a change), not both and not neither.")]
    [InlineData(new[] { "--unit", "ha-noi", "--target-rank", "0" }, "error: --target-rank must be a whole number of 1 or more, not \"0\".")]
    [InlineData(new[] { "--unit", "ha-noi", "--set", "legal_env=1", "--fixed", "P1_I08" }, "error: --fixed goes with --target-rank; with --set only the indicators you set change.")]
    public void A_bad_command_line_is_a_usage_error(string[] options, string message)
    {
        var run = CliRun.Run(["pii", "whatif", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData(new[] { "--unit", "Atlantis", "--target-rank", "2" }, "error: --unit: \"Atlantis\" is neither a unit code of the data nor the name of a province they hold; the data have 63 units, e.g. ha-noi, ha-giang, cao-bang, bac-kan, tuyen-quang.")]
    [InlineData(new[] { "--unit", "ha-noi", "--target-rank", "64" }, "error: target rank: 64 is not between 1 and the number of ranked units (63).")]
    [InlineData(new[] { "--unit", "ha-noi", "--target-rank", "2", "--node", "legal_env" }, "error: node \"legal_env\": it is an indicator; rank by an aggregate (a pillar, a sub-index or the index).")]
    [InlineData(new[] { "--unit", "ha-noi", "--set", "legal_env=x", "--set", "=3" }, "error: --set: the value of legal_env, \"x\", is not a number (use '.' for decimals).\nerror: --set: \"=3\" is not CODE=VALUE, e.g. legal_env=75.5.")]
    public void Invalid_input_exits_2_with_every_problem(string[] options, string message)
    {
        var run = CliRun.Run(["pii", "whatif", .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message, run.Error.ReplaceLineEndings("\n").Trim());
        Assert.Equal("", run.Output);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_unknown_indicator_gets_the_closest_codes_and_the_list_of_valid_ones()
    {
        var indicators = Nq52Metrics.Vietnam.PiiSample.Framework().Indicators.Select(i => i.Code).ToList();

        var run = CliRun.Run("pii", "whatif", "--unit", "ha-noi", "--set", "nope=1", "--set", "legal_evn=80", "--set", "legal_env=x");

        Assert.Equal(2, run.ExitCode);
        var lines = run.Error.ReplaceLineEndings("\n").Trim().Split('\n');
        Assert.Contains("error: --set: the value of legal_env, \"x\", is not a number (use '.' for decimals).", lines);
        Assert.Contains($"error: --set: the framework has no indicator \"legal_evn\". Did you mean legal_env? The indicator codes are: {string.Join(", ", indicators)}.", lines);
        Assert.Contains($"error: --set: the framework has no indicator \"nope\". The indicator codes are: {string.Join(", ", indicators)}.", lines);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Unknown_fixed_indicators_and_nodes_are_named_with_suggestions()
    {
        var run = CliRun.Run("pii", "whatif", "--unit", "ha-noi", "--target-rank", "2", "--fixed", "legal-env", "--node", "P9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --fixed: the framework has no indicator \"legal-env\". Did you mean legal_env?", run.Error, StringComparison.Ordinal);
        Assert.Contains("error: --node: the framework has no node \"P9\". Did you mean P1", run.Error, StringComparison.Ordinal);
        Assert.Contains("The aggregates are: P1, ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Huế", "thua-thien-hue")]
    [InlineData("hue", "thua-thien-hue")]
    [InlineData("Thua Thien Hu", "thua-thien-hue")]
    [InlineData("Ha Noii", "ha-noi")]
    [InlineData("Đắk Lăc", "dak-lak")]
    public void An_unknown_unit_suggests_the_closest_unit_keys(string typed, string expected)
    {
        var run = CliRun.Run("pii", "whatif", "--unit", typed, "--target-rank", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"\"{typed}\" is neither a unit code of the data nor the name of a province they hold; did you mean {expected}", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }
}
