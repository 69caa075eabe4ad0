using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;
using Nq52Metrics.Tests.TestData;

namespace Nq52Metrics.Tests.Construction;

/// <summary>The imputation step: mean, median, group mean and group median; the report; every error.</summary>
public sealed class ImputationTests
{
    private const string Group = "Region";
    private const double Tolerance = 1e-12;

    /// <summary>
    /// U1–U4 in group A, U5–U6 in B, U7 in C.
    /// X = 1, 2, 9, –, 4, –, –   (all: mean 4, median 3; A: mean 4, median 2; B: 4; C: nothing)
    /// Y = –, 3, 3, 6, 10, –, 8  (all: mean 6, median 6; A: mean 4, median 3; B: 10)
    /// Z = 1, 2, 3, 4, –, –, 5   (B has nothing)
    /// </summary>
    private static UnitTable Sample()
    {
        var nan = double.NaN;
        Unit[] units =
        [
            Build.Unit("U1", (Group, "A")), Build.Unit("U2", (Group, "A")), Build.Unit("U3", (Group, "A")), Build.Unit("U4", (Group, "A")),
            Build.Unit("U5", (Group, "B")), Build.Unit("U6", (Group, "B")), Build.Unit("U7", (Group, "C")),
        ];
        return Build.Table(
            units,
            ["X", "Y", "Z"],
            [1, nan, 1], [2, 3, 2], [9, 3, 3], [nan, 6, 4], [4, 10, nan], [nan, nan, nan], [nan, 8, 5]);
    }

    [Fact]
    public void Mean_fills_with_the_mean_of_the_available_values()
    {
        var (table, report) = Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.Mean));

        Assert.Equal([1.0, 2, 9, 4, 4, 4, 4], Build.ColumnOf(table, "X"));
        Assert.Equal([6.0, 3, 3, 6, 10, 6, 8], Build.ColumnOf(table, "Y"));
        Assert.Equal([1.0, 2, 3, 4, 3, 3, 5], Build.ColumnOf(table, "Z"));
        Assert.Equal(7, report.Imputed.Length);
        Assert.Empty(report.StillMissing);
    }

    [Fact]
    public void Median_uses_the_middle_pair_for_an_even_count()
    {
        var (table, _) = Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.Median));

        Assert.Equal([1.0, 2, 9, 3, 4, 3, 3], Build.ColumnOf(table, "X"));
        Assert.Equal([6.0, 3, 3, 6, 10, 6, 8], Build.ColumnOf(table, "Y"));
        Assert.Equal([1.0, 2, 3, 4, 3, 3, 5], Build.ColumnOf(table, "Z"));
    }

    [Fact]
    public void Group_mean_uses_the_units_of_the_same_group_and_falls_back_to_all_units_for_an_empty_group()
    {
        var (table, report) = Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.GroupMean(Group)));

        Assert.Equal([1.0, 2, 9, 4, 4, 4, 4], Build.ColumnOf(table, "X"));
        Assert.Equal([4.0, 3, 3, 6, 10, 10, 8], Build.ColumnOf(table, "Y"));
        Assert.Equal([1.0, 2, 3, 4, 3, 3, 5], Build.ColumnOf(table, "Z"));
        Assert.Empty(report.StillMissing);
    }

    [Fact]
    public void Group_median_uses_the_median_of_the_group_and_falls_back_to_the_median_of_all_units()
    {
        var (table, report) = Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.GroupMedian(Group)));

        Assert.Equal([1.0, 2, 9, 2, 4, 4, 3], Build.ColumnOf(table, "X"));
        Assert.Equal([3.0, 3, 3, 6, 10, 10, 8], Build.ColumnOf(table, "Y"));
        Assert.Equal([1.0, 2, 3, 4, 3, 3, 5], Build.ColumnOf(table, "Z"));
        Assert.Empty(report.StillMissing);
    }

    [Fact]
    public void The_report_lists_every_imputed_value_column_by_column_and_marks_the_fallbacks()
    {
        var (_, report) = Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.GroupMean(Group)));

        Assert.Equal(
            [
                new ImputedValue("U4", "X", 4),
                new ImputedValue("U6", "X", 4),
                new ImputedValue("U7", "X", 4) { FromAllUnits = true },
                new ImputedValue("U1", "Y", 4),
                new ImputedValue("U6", "Y", 10),
                new ImputedValue("U5", "Z", 3) { FromAllUnits = true },
                new ImputedValue("U6", "Z", 3) { FromAllUnits = true },
            ],
            report.Imputed);
    }

    [Fact]
    public void A_unit_alone_in_its_group_with_a_missing_value_is_imputed_from_all_units_and_still_ranked()
    {
        var nan = double.NaN;
        var table = Build.Table(
            [Build.Unit("U1", (Group, "A")), Build.Unit("U2", (Group, "A")), Build.Unit("Alone", (Group, "B"))],
            ["X", "Y"],
            [2, 1], [6, 3], [nan, 5]);

        var (imputed, report) = Imputation.Apply(table, new ImputationSpec(ImputationMethod.GroupMedian(Group)));

        Assert.Equal(4.0, imputed["Alone", "X"]);
        Assert.Equal([new ImputedValue("Alone", "X", 4) { FromAllUnits = true }], report.Imputed);
        Assert.Empty(report.StillMissing);
    }

    [Fact]
    public void Only_an_indicator_no_unit_has_stays_missing_with_a_group_method()
    {
        var nan = double.NaN;
        var table = Build.Table([Build.Unit("U1", (Group, "A")), Build.Unit("U2", (Group, "B"))], ["X", "Y"], [nan, 1], [nan, 2]);

        var (imputed, report) = Imputation.Apply(table, new ImputationSpec(ImputationMethod.GroupMean(Group)));

        Assert.All(Build.ColumnOf(imputed, "X"), v => Assert.True(double.IsNaN(v)));
        Assert.Equal([("U1", "X"), ("U2", "X")], report.StillMissing);
        Assert.Empty(report.Imputed);
    }

    [Fact]
    public void Several_gaps_in_one_group_all_get_the_statistic_of_its_available_values()
    {
        var nan = double.NaN;
        var table = Build.Table(
            [Build.Unit("U1", (Group, "A")), Build.Unit("U2", (Group, "A")), Build.Unit("U3", (Group, "A")), Build.Unit("U4", (Group, "A"))],
            ["X"],
            [1], [nan], [nan], [7]);

        var (imputed, report) = Imputation.Apply(table, new ImputationSpec(ImputationMethod.GroupMean(Group)));

        Assert.Equal([1.0, 4, 4, 7], Build.ColumnOf(imputed, "X"));
        Assert.Equal([new ImputedValue("U2", "X", 4), new ImputedValue("U3", "X", 4)], report.Imputed);
    }

    [Fact]
    public void None_leaves_missing_values_and_reports_nothing()
    {
        var sample = Sample();

        var (table, report) = Imputation.Apply(sample, ImputationSpec.None);

        Assert.Equal(Build.ColumnOf(sample, "X"), Build.ColumnOf(table, "X"));
        Assert.Empty(report.Imputed);
        Assert.Empty(report.StillMissing);
    }

    [Fact]
    public void A_column_with_no_value_stays_missing_with_a_global_method()
    {
        var (table, report) = Imputation.Apply(Build.Column("X", double.NaN, double.NaN), new ImputationSpec(ImputationMethod.Mean));

        Assert.All(Build.ColumnOf(table, "X"), v => Assert.True(double.IsNaN(v)));
        Assert.Equal([("U1", "X"), ("U2", "X")], report.StillMissing);
    }

    [Fact]
    public void Mean_imputation_handles_fractional_means()
    {
        var (table, _) = Imputation.Apply(Build.Column("X", 1, 2, double.NaN, 2), new ImputationSpec(ImputationMethod.Mean));

        Assert.Equal(5.0 / 3, table["U3", "X"], Tolerance);
    }

    [Theory]
    [InlineData(false, null, "the method groupMean needs a group column.")]
    [InlineData(true, null, "the method groupMedian needs a group column.")]
    [InlineData(true, "", "the group column name is empty.")]
    [InlineData(false, " ", "the group column name is empty.")]
    public void A_group_method_cannot_be_built_without_a_group_column(bool median, string? column, string message) =>
        Problems.AssertSingle(
            () => _ = median ? ImputationMethod.GroupMedian(column!) : ImputationMethod.GroupMean(column!),
            "groupColumn",
            message);

    [Fact]
    public void A_group_column_no_unit_has_is_reported_when_there_is_something_to_impute()
    {
        Problems.AssertSingle(
            () => Imputation.Apply(Sample(), new ImputationSpec(ImputationMethod.GroupMean("Nowhere"))),
            "impute.group",
            "no unit has a value in group column \"Nowhere\"");
        var (table, report) = Imputation.Apply(Build.Column("X", 1, 2), new ImputationSpec(ImputationMethod.GroupMean("Nowhere")));

        Assert.Equal([1.0, 2], Build.ColumnOf(table, "X"));
        Assert.Empty(report.Imputed);
    }

    [Fact]
    public void Every_unit_with_a_missing_value_and_no_group_value_is_reported()
    {
        var nan = double.NaN;
        var table = Build.Table(
            [Build.Unit("U1", (Group, "A")), new Unit("U2", "U2"), new Unit("U3", "U3"), Build.Unit("U4", ("Other", "A"))],
            ["X", "Y"],
            [1, 1], [nan, nan], [3, 3], [4, nan]);

        var exception = Problems.Thrown(() => Imputation.Apply(table, new ImputationSpec(ImputationMethod.GroupMean(Group))));

        Assert.Equal(["unit \"U2\"", "unit \"U2\"", "unit \"U4\""], exception.Problems.Select(p => p.Location));
        Assert.Contains("\"X\"", exception.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"Y\"", exception.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains($"group column \"{Group}\"", exception.Problems[2].Message, StringComparison.Ordinal);
        Assert.Equal($"đơn vị có giá trị bị thiếu ở \"Y\" nhưng không có giá trị ở cột nhóm \"{Group}\".", exception.Problems[1].MessageIn(Nq52Metrics.Localization.DisplayLanguage.Vietnamese));
    }
}
