using System.Collections.Immutable;
using Nq52Metrics.Analysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Grouping;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Cli;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Tests.TestData;
using Nq52Metrics.Tests.Uncertainty;
using Nq52Metrics.Uncertainty;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Localization;

/// <summary>
/// The problems of the audit, the what-if analysis, grouping, result comparison and remove-one impact read in
/// Vietnamese (the location stays literal, numbers take a decimal comma) and unchanged in English.
/// </summary>
public sealed class AnalysisMessageTests
{
    private static readonly DisplayLanguage Vi = DisplayLanguage.Vietnamese;

    private static readonly Lazy<WhatIfAnalysis> PiiWhatIf = new(() => new WhatIfAnalysis(PiiSample.Framework(), PiiSample.Dataset(), PiiMethodology.Default));

    private static IndexResult Tiny() => IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), Methodology.CoinrAsemExample);

    private static ValidationProblem Single(Action action) => Assert.Single(Assert.Throws<Nq52ValidationException>(action).Problems);

    private static string[] InVietnamese(Action action) =>
        [.. Assert.Throws<Nq52ValidationException>(action).Problems.Select(p => p.ToString(Vi))];

    [Fact]
    public void An_unknown_column_of_a_correlation_reads_in_vietnamese()
    {
        var table = Build.Table(["x", "y"], [1, 2], [2, 1], [3, 5]);

        var problem = Single(() => CorrelationMatrix.Compute(table, ["x", "nope"]));

        Assert.Equal("AuditColumnUnknown", problem.MessageKey);
        Assert.Equal("correlation, column \"nope\": the table has no such column.", problem.ToString());
        Assert.Equal("correlation, column \"nope\": bảng không có cột này.", problem.ToString(Vi));
    }

    [Fact]
    public void Correlation_problems_read_in_vietnamese()
    {
        var twoUnits = Build.Table(["x", "y"], [1, 2], [2, 1]);
        var constant = Build.Table(["x", "c"], [1, 7], [2, 7], [3, 7]);
        double[][] rows = [[1, double.NaN], [2, double.NaN], [3, 5], [4, 6]];

        Assert.Equal("correlation: 2 đơn vị: tính tương quan cần ít nhất 3 đơn vị.", Single(() => CorrelationMatrix.Compute(twoUnits, ["x", "y"])).ToString(Vi));
        Assert.Equal(
            "correlation, column \"c\": mọi giá trị đều bằng nhau (chỉ số thành phần không đổi), nên các hệ số tương quan của nó không xác định.",
            Single(() => CorrelationMatrix.Compute(constant, ["x", "c"])).ToString(Vi));
        var pair = Single(() => CorrelationMatrix.Compute(Build.Table(["a", "b"], rows), ["a", "b"]));
        Assert.Equal("correlation, columns \"a\" and \"b\": only 2 units have both values; a correlation needs at least 3.", pair.ToString());
        Assert.Equal("correlation, columns \"a\" and \"b\": chỉ 2 đơn vị có cả hai giá trị; hệ số tương quan cần ít nhất 3 đơn vị.", pair.ToString(Vi));
    }

    [Fact]
    public void Alpha_pca_and_statistics_problems_read_in_vietnamese()
    {
        var table = Build.Table(["x", "y", "m"], [1, 2, double.NaN], [2, 1, double.NaN], [3, 5, double.NaN]);

        Assert.Equal("Cronbach's alpha: 1 thành phần: Cronbach's alpha cần ít nhất 2 thành phần.", Single(() => CronbachAlpha.Compute(table, ["x"])).ToString(Vi));
        Assert.Equal("Cronbach's alpha, column \"m\": mọi giá trị đều bị thiếu.", Single(() => CronbachAlpha.Compute(table, ["x", "m"])).ToString(Vi));
        Assert.Equal("PCA: PCA trên 1 thành phần là vô nghĩa: cần ít nhất 2 thành phần.", Single(() => PrincipalComponents.Compute(table, ["x"])).ToString(Vi));
        Assert.Equal(
            "statistics (normalised), indicator \"M\": mọi giá trị đều bị thiếu.",
            Single(() => IndicatorStatistics.Of(AuditStep.Normalised, "M", [double.NaN, double.NaN])).ToString(Vi));
        Assert.Equal("statistics (normalised), indicator \"M\": không có đơn vị nào.", Single(() => IndicatorStatistics.Of(AuditStep.Normalised, "M", [])).ToString(Vi));
    }

    [Fact]
    public void The_audit_options_and_thresholds_read_in_vietnamese_with_a_decimal_comma()
    {
        var options = new AuditOptions { Thresholds = new StatisticsThresholds { Zeros = 1.5, Alpha = double.NaN }, StrengthsPerUnit = 0, Optimise = OptimisationObjective.Balance };

        var e = Assert.Throws<Nq52ValidationException>(() => StatisticalAudit.Run(Tiny(), options));

        Assert.Equal(
            ["threshold \"zeros\": 1.5 is not a share in [0, 1].", "threshold \"alpha\": it must be a finite number.", "strengths per unit: 0 is not a whole number of 1 or more.", "optimise: the level whose weights are optimised is not given."],
            e.Problems.Select(p => p.ToString()));
        Assert.Equal(
            [
                "threshold \"zeros\": 1,5 không phải là tỷ lệ trong đoạn [0; 1].",
                "threshold \"alpha\": ngưỡng phải là một số hữu hạn.",
                "strengths per unit: 0 không phải là số nguyên từ 1 trở lên.",
                "optimise: chưa cho biết cấp có trọng số cần tối ưu hóa.",
            ],
            e.Problems.Select(p => p.ToString(Vi)));
    }

    [Fact]
    public void An_audit_of_two_units_and_an_optimisation_out_of_range_read_in_vietnamese()
    {
        var units = Build.Units(2);
        var two = Dataset.Create(
            UnitTable.FromRows(units, TinyIndex.IndicatorCodes, [[1, 2, 3, 4], [2, 1, 4, 3]]),
            UnitTable.FromRows(units, [TinyIndex.DenominatorColumn], [[1], [1]]));
        var result = IndexBuilder.Build(TinyIndex.Framework(), two, Methodology.CoinrAsemExample);

        Assert.Equal("audit: 2 đơn vị: kiểm định thống kê cần ít nhất 3 đơn vị.", Single(() => StatisticalAudit.Run(result)).ToString(Vi));
        var level = Single(() => WeightOptimisation.Optimise(Tiny(), 3));
        Assert.Equal("weight optimisation, level 3: the level must be from 1 to 2 (below the index).", level.ToString());
        Assert.Equal("weight optimisation, level 3: cấp phải từ 1 đến 2 (dưới chỉ số tổng).", level.ToString(Vi));
    }

    [Fact]
    public void What_if_problems_read_in_vietnamese()
    {
        var analysis = PiiWhatIf.Value;

        Assert.Equal(
            "target rank: 64 không nằm trong khoảng từ 1 đến số đơn vị được xếp hạng (63).",
            Single(() => analysis.PlanToReach("ha-noi", 64)).ToString(Vi));
        Assert.Equal(
            [
                "unit \"atlantis\": dữ liệu không có đơn vị nào mang mã này.",
                "node \"nope\": khung chỉ số không có nút nào mang mã này.",
                "options.maxRounds: cần ít nhất một vòng.",
                "options.margin: biên an toàn (margin) phải là một số hữu hạn từ 0 trở lên.",
                "fixed indicator \"zz\": khung chỉ số không có chỉ số thành phần nào mang mã này.",
            ],
            InVietnamese(() => analysis.PlanToReach("atlantis", 1, "nope", new WhatIfOptions { MaxRounds = 0, Margin = -1, Fixed = ["zz"] })));
        Assert.Equal(
            [
                "node \"legal_env\": đây là một chỉ số thành phần; hãy xếp hạng theo một chỉ số tổng hợp (một trụ cột, một chỉ số con hoặc chỉ số tổng).",
                "indicator \"P1_I08\": giá trị mới không phải là số hữu hạn.",
            ],
            InVietnamese(() => analysis.RankAfter("ha-noi", new Dictionary<string, double> { ["P1_I08"] = double.PositiveInfinity }, "legal_env")));
    }

    [Fact]
    public void What_if_caveats_read_in_vietnamese_and_keep_their_english_text()
    {
        var plan = PiiWhatIf.Value.PlanToReach("cao-bang", 3, "P1", new WhatIfOptions { Fixed = ["legal_env"] });

        var fixedOne = Assert.Single(plan.Caveats, c => c.Kind == WhatIfCaveatKind.IndicatorsExcluded && c.Indicator == "legal_env");
        Assert.Equal("WhatIfExcludedFixed", fixedOne.MessageKey);
        Assert.Equal("left out of the plan: \"legal_env\" is fixed by the caller.", fixedOne.Message);
        Assert.Equal(fixedOne.Message, fixedOne.MessageIn(DisplayLanguage.English));
        Assert.Equal("không đưa vào kế hoạch: \"legal_env\" được giữ cố định theo yêu cầu.", fixedOne.MessageIn(Vi));
        Assert.All(plan.Caveats, c => Assert.NotEqual(c.Message, c.MessageIn(Vi)));
    }

    [Fact]
    public void A_caveat_writes_its_numbers_the_language_s_way_and_equals_by_its_english_text()
    {
        var keyed = WhatIfCaveat.Keyed(WhatIfCaveatKind.RebuildDiffers, null, nameof(Messages.WhatIfCaveatRebuildDiffers), 47.75, 47.5);

        Assert.Equal("the rebuilt score 47.75 differs from the linear prediction 47.5.", keyed.Message);
        Assert.Equal("điểm số tính lại 47,75 khác với dự báo tuyến tính 47,5.", keyed.MessageIn(Vi));
        var plain = new WhatIfCaveat(WhatIfCaveatKind.RebuildDiffers, null, keyed.Message);
        Assert.Equal(plain, keyed);
        Assert.Equal(plain.GetHashCode(), keyed.GetHashCode());
        Assert.Equal(plain.Message, plain.MessageIn(Vi));
        Assert.NotEqual(keyed, keyed with { Indicator = "A" });
    }

    [Fact]
    public void The_what_if_command_explains_its_caveats_in_vietnamese()
    {
        var plan = PiiWhatIf.Value.PlanToReach("lai-chau", 1);
        Assert.NotEmpty(plan.Caveats);

        var run = CliRun.Run("pii", "whatif", "--unit", "Lai Châu", "--target-rank", "1", "--lang", "vi");

        Assert.Equal(0, run.ExitCode);
        Assert.All(plan.Caveats, c => Assert.Contains($"- {c.MessageIn(Vi)}", run.OutputLines));
        Assert.DoesNotContain(plan.Caveats, c => run.Output.Contains(c.Message, StringComparison.Ordinal));
        var error = CliRun.Run("pii", "whatif", "--unit", "ha-noi", "--target-rank", "64", "--lang", "vi");
        Assert.Equal(2, error.ExitCode);
        Assert.Equal("lỗi: target rank: 64 không nằm trong khoảng từ 1 đến số đơn vị được xếp hạng (63).", error.Error.Trim());
    }

    [Fact]
    public void The_audit_command_reports_a_constant_indicator_in_vietnamese()
    {
        using var folder = new TempFolder();
        var (framework, _, _) = SampleIndex.WriteTo(folder);
        // The sample data with B1 (the seventh field) set to 0.5 for every unit.
        var lines = SampleIndex.DataCsvText.Split('\n').Select((line, i) => i == 0 ? line : string.Join(',', line.Split(',').Select((f, j) => j == 6 ? "0.5" : f)));
        var constant = folder.Write("constant.csv", string.Join('\n', lines));
        var method = folder.Write("method.json", """{"normalise": {"method": "rank"}}""");

        var run = CliRun.Run("audit", "--framework", framework, "--data", constant, "--out", folder.PathOf("audit"), "--method", method, "--lang", "vi");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(
            "lỗi: correlations, level 1, column \"B1\": mọi giá trị đều bằng nhau (chỉ số thành phần không đổi), nên các hệ số tương quan của nó không xác định.",
            run.Error,
            StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Grouping_problems_read_in_vietnamese()
    {
        var map = GroupMap.Create([("a", "g1"), ("b", "g1")]);

        Assert.Equal(
            ["map: mã thành viên hoặc mã nhóm bị trống (thành viên \" \", nhóm \"g2\").", "unit \"a\": đơn vị này được gán vào nhiều hơn một nhóm (\"g1\" và \"g2\")."],
            InVietnamese(() => GroupMap.Create([("a", "g1"), (" ", "g2"), ("a", "g2")])));
        Assert.Equal(
            ["unit \"u\": đơn vị này được khai báo nhiều lần.", "unit \"v\": nhóm của đơn vị này bị trống."],
            InVietnamese(() => GroupStatistics.FromScores([("u", "g", 1), ("u", "g", 2), ("v", " ", 3)])));
        Assert.Equal("weight of \"x\": -1,5 không phải là số hữu hạn lớn hơn 0.", Single(() => MemberWeighting.By(new Dictionary<string, double> { ["x"] = -1.5 })).ToString(Vi));
        Assert.Equal(
            ["unit \"b\": cách lấy trọng số không có trọng số cho đơn vị này.", "unit \"b\": giá trị của đơn vị này là vô hạn.", "unit \"zz\": đơn vị này không thuộc bảng ghép nhóm."],
            InVietnamese(() => Regrouping.Values(
                new Dictionary<string, double> { ["b"] = double.PositiveInfinity, ["zz"] = 1 },
                map,
                MemberWeighting.By(new Dictionary<string, double> { ["a"] = 1 }))));
    }

    [Fact]
    public void Comparison_problems_read_in_vietnamese()
    {
        var result = Tiny();

        Assert.Equal("node \"Nope\": nút này không có mặt trong cả hai kết quả.", Single(() => ResultComparison.Compare(result, result, "Nope")).ToString(Vi));
    }

    [Fact]
    public void A_pca_file_name_that_cannot_be_written_reads_in_vietnamese_and_writes_nothing()
    {
        var audit = StatisticalAudit.Run(Tiny());
        var unsafeName = audit with { Components = [new("P/1", audit.Components[0].Value)] };
        using var folder = new TempFolder();
        var target = folder.PathOf("audit");

        var problem = Single(() => AuditResultWriter.WriteFiles(unsafeName, target));

        Assert.Equal("node \"P/1\": its code holds a character a file name cannot, so its PCA file cannot be named after it.", problem.ToString());
        Assert.Equal("node \"P/1\": mã của nút chứa ký tự không được phép trong tên tệp, nên không thể đặt tên tệp PCA theo mã này.", problem.ToString(Vi));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void Remove_one_problems_read_in_vietnamese()
    {
        var nominal = UncertaintyIndexes.HandChecked();

        var target = Single(() => RemoveOneImpact.Run(nominal, 1, "Nope"));
        Assert.Equal("target: \"Nope\" is not a node of the framework.", target.ToString());
        Assert.Equal("target: \"Nope\" không phải là nút của khung chỉ số.", target.ToString(Vi));
        var level = Single(() => RemoveOneImpact.Run(nominal, 3, "P1"));
        Assert.Equal("level: level 3 has no elements below \"P1\" (level 2).", level.ToString());
        Assert.Equal("level: cấp 3 không có phần tử nào nằm dưới \"P1\" (cấp 2).", level.ToString(Vi));
    }

    [Fact]
    public void Every_analysis_key_has_a_distinct_vietnamese_text_with_the_same_placeholders()
    {
        var english = ProblemMessages.Entries(System.Globalization.CultureInfo.InvariantCulture);
        var vietnamese = ProblemMessages.Entries(System.Globalization.CultureInfo.GetCultureInfo("vi"));
        string[] prefixes = ["Alpha", "Analysis", "AuditColumn", "AuditOptimise", "AuditParent", "AuditPca", "AuditStrengths", "AuditThreshold", "AuditTooFew", "Comparison", "Correlation", "Group", "Optimisation", "Pca", "Regroup", "RemoveOne", "WhatIf"];

        var keys = english.Keys.Where(k => prefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToImmutableArray();

        Assert.True(keys.Length >= 60, $"{keys.Length} keys");
        Assert.All(keys, k => Assert.NotEqual(english[k], vietnamese[k]));
    }
}
