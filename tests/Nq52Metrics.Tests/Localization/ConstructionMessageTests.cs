using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;
using Nq52Metrics.Serialization;
using Nq52Metrics.Tests.Serialization;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Localization;

/// <summary>
/// The problems of the construction steps, the data tables and the file writers and workbook reader in Vietnamese:
/// the location stays literal, the sentence is translated whole, and numbers are written the Vietnamese way (0,5).
/// </summary>
public sealed class ConstructionMessageTests
{
    private static readonly DisplayLanguage Vietnamese = DisplayLanguage.Vietnamese;

    private static ValidationProblem SingleProblem(Action action) =>
        Assert.Single(Assert.Throws<Nq52ValidationException>(action).Problems);

    private static UnitTable Indicators(params double[][] rows) => Build.Table(TinyIndex.IndicatorCodes, rows);

    [Fact]
    public void An_overflow_names_the_step_and_counts_the_other_units_in_vietnamese()
    {
        var framework = IndexFramework.Create([Nodes.Indicator("A", Nodes.Top, 1), Nodes.Indicator("B", Nodes.Top, 1), Nodes.Aggregate(Nodes.Top, 2, null)]);
        var data = Dataset.Create(Build.Table(["A", "B"], [1.5e308, 1.5e308], [1, 2], [1.5e308, 1.5e308], [1.5e308, 1.5e308]));
        var methodology = new Methodology { OutlierTreatment = OutlierTreatmentSpec.None, Normalisation = NormalisationMethod.None };

        var problem = SingleProblem(() => IndexBuilder.Build(framework, data, methodology));

        Assert.StartsWith("aggregation overflows a double here (and 2 other units): ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            "bước tổng hợp vượt quá giới hạn số thực double tại đây (và tại 2 đơn vị khác): một kết quả trung gian quá lớn để biểu diễn. Hãy đổi thang đo của các giá trị (ví dụ sang đơn vị nghìn hoặc triệu) hoặc chọn phương pháp khác.",
            problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void A_value_outside_a_transforms_domain_is_refused_in_vietnamese()
    {
        var framework = IndexFramework.Create([Nodes.Indicator("A", Nodes.Top, 1) with { Transform = IndicatorTransform.Sqrt }, Nodes.Indicator("B", Nodes.Top, 1), Nodes.Aggregate(Nodes.Top, 2, null)]);
        var data = Dataset.Create(Build.Table(["A", "B"], [4, 1], [-2.5, 2], [9, 3]));

        var problem = SingleProblem(() => IndexBuilder.Build(framework, data, new Methodology { OutlierTreatment = OutlierTreatmentSpec.None }));

        Assert.Equal("unit \"U2\", indicator \"A\": -2.5 is outside the domain of the sqrt transform (values must be ≥ 0).", problem.ToString());
        Assert.Equal("unit \"U2\", indicator \"A\": -2,5 nằm ngoài miền xác định của phép biến đổi sqrt (các giá trị phải ≥ 0).", problem.ToString(Vietnamese));
    }

    [Fact]
    public void Aggregation_names_an_unknown_level_in_both_languages()
    {
        var spec = AggregationSpec.Arithmetic with { ByLevel = ImmutableDictionary<int, AggregationMethod>.Empty.Add(7, AggregationMethod.Arithmetic) };

        var problem = SingleProblem(() => Aggregation.Apply(Indicators([10, 40, 20, 80]), TinyIndex.Framework(), spec));

        Assert.Equal("AggregationLevelUnknown", problem.MessageKey);
        Assert.Equal("aggregate.byLevel.7: the framework has no aggregate level 7 (levels 2 to 3).", problem.ToString());
        Assert.Equal("aggregate.byLevel.7: khung chỉ số không có cấp tổng hợp 7 (các cấp từ 2 đến 3).", problem.ToString(Vietnamese));
    }

    [Fact]
    public void Aggregation_writes_a_threshold_with_a_decimal_comma_in_vietnamese()
    {
        var problem = SingleProblem(() => Aggregation.Apply(Indicators([10, 40, 20, 80]), TinyIndex.Framework(), AggregationSpec.Arithmetic with { MinDataAvailability = 1.5 }));

        Assert.Equal("1.5 is not a share in (0, 1].", problem.Message);
        Assert.Equal("1,5 không phải là một tỉ lệ trong khoảng (0; 1].", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void A_harmonic_mean_outside_its_domain_is_explained_in_vietnamese()
    {
        var problem = SingleProblem(() => Aggregation.Apply(Indicators([10, -4.5, 20, 80]), TinyIndex.Framework(), new AggregationSpec(AggregationMethod.Harmonic)));

        Assert.Equal("unit \"U1\", node \"I2\"", problem.Location);
        Assert.StartsWith("the harmonic mean for \"P1\" needs values greater than 0, and this value is -4.5 (", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            "unit \"U1\", node \"I2\": trung bình điều hòa (harmonic) của \"P1\" cần các giá trị lớn hơn 0, nhưng giá trị này là -4,5 (hãy chuẩn hóa về một khoảng trên 0, ví dụ chuẩn hóa min-max 1-100).",
            problem.ToString(Vietnamese));
    }

    [Fact]
    public void A_generalised_mean_names_its_power_the_languages_way()
    {
        var problem = SingleProblem(() => Aggregation.Apply(Indicators([10, 40, -2, 80]), TinyIndex.Framework(), new AggregationSpec(AggregationMethod.GeneralisedMean(0.5))));

        Assert.StartsWith("the generalised mean (power 0.5) for \"P2\" needs values of 0 or more, and this value is -2", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("trung bình lũy thừa (generalisedMean, số mũ 0,5) của \"P2\" cần các giá trị từ 0 trở lên, nhưng giá trị này là -2", problem.MessageIn(Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void An_aggregation_method_factory_refuses_a_missing_power_in_either_language()
    {
        var problem = SingleProblem(() => AggregationMethod.GeneralisedMean(double.NaN));

        Assert.Equal("aggregation method generalisedMean", problem.Location);
        Assert.StartsWith("generalisedMean needs a power", problem.Message, StringComparison.Ordinal);
        Assert.Equal("generalisedMean cần một số mũ: một số hữu hạn như 0,5 (1 = trung bình cộng, 0 = trung bình nhân, −1 = trung bình điều hòa).", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void Denomination_by_zero_names_the_unit_and_indicator_in_vietnamese()
    {
        var data = TinyIndex.Dataset(population: [0, 20, 10, 50, 40]);

        var problem = SingleProblem(() => Denomination.Apply(TinyIndex.Framework(), data, DenominationSpec.ByFramework));

        Assert.Equal("unit \"U1\", denominator \"Pop\": it is 0, so indicator \"I4\" cannot be divided by it.", problem.ToString());
        Assert.Equal("unit \"U1\", denominator \"Pop\": mẫu số bằng 0, nên không thể chia chỉ số thành phần \"I4\" cho nó.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void Normalisation_of_a_constant_column_is_refused_in_vietnamese()
    {
        var table = Build.Table(["I1"], [5], [5], [5]);

        var problem = SingleProblem(() => Normalisation.Apply(table, TinyIndex.Framework(), NormalisationMethod.MinMax()));

        Assert.Equal("indicator \"I1\": every available value is the same, so min-max normalisation is undefined.", problem.ToString());
        Assert.Equal("indicator \"I1\": mọi giá trị hiện có đều bằng nhau, nên chuẩn hóa min-max không xác định.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void A_reference_of_zero_is_named_by_kind_in_vietnamese()
    {
        var table = Build.Table(["I1"], [-2], [2]);

        var problem = SingleProblem(() => Normalisation.Apply(table, TinyIndex.Framework(), NormalisationMethod.Ratio(NormalisationReference.Mean)));

        Assert.StartsWith("the reference (the mean) is 0; it must be above 0", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            "giá trị tham chiếu (giá trị trung bình) là 0; nó phải lớn hơn 0 (tỉ số với 0 không xác định, còn với một số âm sẽ đảo ngược thứ tự các đơn vị).",
            problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void An_override_on_an_aggregate_is_refused_in_vietnamese()
    {
        var method = NormalisationMethod.MinMax() with { Overrides = ImmutableDictionary<string, NormalisationMethod>.Empty.Add("P1", NormalisationMethod.Rank) };

        var problem = SingleProblem(() => Normalisation.Apply(Indicators([10, 40, 20, 80], [20, 30, 40, 50]), TinyIndex.Framework(), method));

        Assert.Equal("normalise.overrides.P1", problem.Location);
        Assert.Equal("\"P1\" là chỉ số tổng hợp, không phải chỉ số thành phần (cấp 2); một thiết lập riêng chỉ áp dụng cho cột của một chỉ số thành phần.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void Outlier_thresholds_are_checked_with_numbers_written_the_vietnamese_way()
    {
        var problem = SingleProblem(() => OutlierTreatment.Apply(Indicators([10, 40, 20, 80], [20, 30, 40, 50]), new OutlierTreatmentSpec { SkewThreshold = -1.5 }));

        Assert.Equal("outliers.skew: the skew threshold -1.5 must be finite and greater than 0.", problem.ToString());
        Assert.Equal("outliers.skew: ngưỡng độ lệch (skew) -1,5 phải là số hữu hạn lớn hơn 0.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void The_outranking_matrix_counts_weights_and_columns_in_vietnamese()
    {
        var problem = SingleProblem(() => OutrankingMatrix.Of(Indicators([10, 40, 20, 80], [20, 30, 40, 50]), ["I1", "I2"], [1.0]));

        Assert.Equal("weights: 1 weight(s) for 2 column(s).", problem.ToString());
        Assert.Equal("weights: có 1 trọng số cho 2 cột.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void The_pipeline_reports_an_invalid_ranking_in_vietnamese()
    {
        var methodology = Methodology.Default with { Ranking = new RankingSpec(decimals: 20) };

        var problem = SingleProblem(() => IndexBuilder.Build(TinyIndex.Framework(), TinyIndex.Dataset(), methodology));

        Assert.Equal("decimals must be between 0 and 12; it is 20.", problem.Message);
        Assert.Equal("số chữ số thập phân phải từ 0 đến 12; giá trị hiện tại là 20.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void Screening_refuses_a_share_above_one_in_vietnamese()
    {
        var problem = SingleProblem(() => Screening.Apply(Indicators([10, 40, 20, 80]), new ScreeningSpec(1.5)));

        Assert.Equal("screen.minDataAvailability: 1.5 is not a share between 0 and 1.", problem.ToString());
        Assert.Equal("screen.minDataAvailability: 1,5 không phải là một tỉ lệ từ 0 đến 1.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void Group_imputation_without_group_values_is_refused_in_vietnamese()
    {
        var table = Build.Table(["I1"], [1], [double.NaN]);

        var problem = SingleProblem(() => Imputation.Apply(table, new ImputationSpec(ImputationMethod.GroupMean("Region"))));

        Assert.Equal("impute.group", problem.Location);
        Assert.Equal("không đơn vị nào có giá trị ở cột nhóm \"Region\"; hãy kiểm tra xem dữ liệu có cột nhóm này không.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void A_dataset_that_misses_an_indicator_says_so_in_vietnamese()
    {
        var units = TinyIndex.Units();
        var data = Dataset.Create(
            UnitTable.FromRows(units, ["I1", "I2", "I3"], [.. TinyIndex.Values().Select(r => (IReadOnlyList<double>)[r[0], r[1], r[2]])]),
            TinyIndex.Dataset().Denominators);

        var problem = Assert.Single(data.Check(TinyIndex.Framework()));

        Assert.Equal("indicator \"I4\": the framework has it but the dataset has no column for it.", problem.ToString());
        Assert.Equal("indicator \"I4\": khung chỉ số có chỉ số thành phần này nhưng bộ dữ liệu không có cột cho nó.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void A_panel_whose_columns_differ_names_the_period_literally_in_vietnamese()
    {
        var narrow = Dataset.Create(UnitTable.FromRows(TinyIndex.Units(), ["I1"], [.. TinyIndex.Values().Select(r => (IReadOnlyList<double>)[r[0]])]));

        var problem = SingleProblem(() => PanelDataset.Create([new(2019, TinyIndex.Dataset()), new(2020, narrow)]));

        Assert.Equal("period 2020: its columns differ from those of period 2019.", problem.ToString());
        Assert.Equal("period 2020: các cột của kỳ này khác với các cột của kỳ 2019.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void A_unit_table_with_too_few_rows_is_refused_in_vietnamese()
    {
        var problem = SingleProblem(() => UnitTable.FromRows(Build.Units(2), ["A"], [[1.0]]));

        Assert.Equal("values: 1 rows of values for 2 units.", problem.ToString());
        Assert.Equal("values: có 1 dòng giá trị cho 2 đơn vị.", problem.ToString(Vietnamese));
    }

    [Fact]
    public void Writing_a_file_over_a_folder_is_refused_in_vietnamese()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("sub"));

        var problem = SingleProblem(() => AtomicFile.Write(folder.PathOf("sub"), _ => { }, TestContext.Current.CancellationToken));

        Assert.Equal(folder.PathOf("sub"), problem.Location);
        Assert.Equal("đây là một thư mục, không phải một tệp.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void Writing_a_folder_over_a_file_is_refused_in_vietnamese()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("taken");
        File.WriteAllText(path, "x");

        var problem = SingleProblem(() => AtomicFolder.Write(path, [("a.csv", w => w.Write("a"))]));

        Assert.Equal("this is a file, not a folder.", problem.Message);
        Assert.Equal("đây là một tệp, không phải một thư mục.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void A_workbook_without_the_sheet_lists_its_sheets_in_vietnamese()
    {
        var problem = Assert.Single(MetaProblems("book.xlsx", ("Other", "a,b\n1,2\n")));

        Assert.Equal("book.xlsx: the workbook has no sheet \"iMeta\" (it has \"Other\").", problem.ToString());
        Assert.Equal("book.xlsx: tệp Excel không có trang tính \"iMeta\" (các trang tính hiện có: \"Other\").", problem.ToString(Vietnamese));
    }

    [Fact]
    public void A_missing_workbook_is_reported_with_the_shared_file_message()
    {
        var problem = Assert.Single(MetaProblems("none.xlsx"));

        Assert.Equal("FileDoesNotExist", problem.MessageKey);
        Assert.Equal("tệp không tồn tại.", problem.MessageIn(Vietnamese));
    }

    [Fact]
    public void A_problem_relocated_into_a_sheet_keeps_its_translation()
    {
        var problems = MetaProblems("book.xlsx", ("iMeta", "iCode,Level\nA,\n"));

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.NotNull(p.MessageKey));
        Assert.All(problems, p => Assert.NotEqual(p.Message, p.MessageIn(Vietnamese)));
    }

    /// <summary>The problems of reading the framework from a workbook with these sheets (none: the file is missing).</summary>
    private static ImmutableArray<ValidationProblem> MetaProblems(string file, params (string Sheet, string Csv)[] sheets)
    {
        using var folder = new TempFolder();
        var path = folder.PathOf(file);
        if (sheets.Length > 0)
        {
            WorkbookSheets.Write(path, [.. sheets.Select(s => (s.Sheet, (object)WorkbookSheets.FromCsv(s.Csv)))]);
        }

        Assert.False(CoinrWorkbook.TryReadMeta(path, out _, out var problems));
        return problems;
    }
}
