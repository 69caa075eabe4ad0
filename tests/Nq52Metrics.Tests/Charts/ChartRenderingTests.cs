using Nq52Metrics.Charts;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Charts;

public sealed class ChartRenderingTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> ChartNames => new(AllCharts().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_renders_a_png_of_its_size_and_an_svg(string name)
    {
        var chart = AllCharts().Single(c => c.Name == name);
        var folder = Environment.GetEnvironmentVariable("NQ52_CHART_FOLDER");
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            chart.SavePng(Path.Combine(folder, $"{name}.png"));
            chart.SaveSvg(Path.Combine(folder, $"{name}.svg"));
        }
        var png = chart.ToPng();
        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal(chart.Width, ReadBigEndian(png, 16));
        Assert.Equal(chart.Height, ReadBigEndian(png, 20));
        Assert.True(png.Length > 5_000, $"{name}: {png.Length} bytes is too small for a drawn chart.");
        var svg = chart.ToSvg();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_grows_taller_than_the_default_with_one_row_per_unit()
    {
        var chart = IndexCharts.RankingBars(ChartSamples.Pii);
        Assert.True(chart.Height >= ChartSamples.Pii.Units.Length * 18, $"{chart.Height} px for {ChartSamples.Pii.Units.Length} units");
    }

    [Fact]
    public void Svg_names_the_units_with_their_diacritics()
    {
        var svg = IndexCharts.RankingBars(ChartSamples.Pii).ToSvg();
        Assert.Contains("Thừa Thiên Huế".Normalize(), svg.Normalize(), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_are_written_whole_and_no_temporary_file_is_left()
    {
        var folder = Directory.CreateTempSubdirectory("nq52-charts-").FullName;
        try
        {
            var chart = IndexCharts.FrameworkTree(PiiSample.Framework());
            chart.SavePng(Path.Combine(folder, "tree.png"));
            chart.SaveSvg(Path.Combine(folder, "tree.svg"));
            Assert.Equal(["tree.png", "tree.svg"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(chart.ToPng().Length, new FileInfo(Path.Combine(folder, "tree.png")).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Names_made_of_unit_codes_and_group_columns_stay_file_name_safe()
    {
        var framework = new FrameworkBuilder("Index").Indicator("a", parent: "Index").Indicator("b", parent: "Index").Build(["Vùng/Miền"]);
        var data = Dataset.FromUnitValues(
        [
            (new Unit("D/N", "Đà Nẵng", new Dictionary<string, string> { ["Vùng/Miền"] = "Trung" }), new Dictionary<string, double> { ["a"] = 3, ["b"] = 2 }),
            (new Unit("HN", "Hà Nội", new Dictionary<string, string> { ["Vùng/Miền"] = "Bắc" }), new Dictionary<string, double> { ["a"] = 1, ["b"] = 1 }),
            (new Unit("a:b*?", "Other", new Dictionary<string, string> { ["Vùng/Miền"] = "Nam" }), new Dictionary<string, double> { ["a"] = 2, ["b"] = 3 }),
        ]);
        var result = IndexBuilder.Build(framework, data);

        string[] names = [IndexCharts.UnitProfile(result, "D/N").Name, IndexCharts.UnitProfile(result, "a:b*?").Name, IndexCharts.GroupComparison(result, "Vùng/Miền").Name];

        Assert.Equal(["profile-D_N", "profile-a_b__", "groups-Vùng_Miền"], names);
        Assert.All(names, n => Assert.Equal(-1, n.IndexOfAny([.. Path.GetInvalidFileNameChars(), '\\', ':', '*', '?', '"', '<', '>', '|'])));
    }

    [Fact]
    public void Saving_into_a_missing_folder_is_a_located_problem()
    {
        var chart = IndexCharts.FrameworkTree(PiiSample.Framework());
        var path = Path.Combine(Path.GetTempPath(), $"nq52-missing-{Guid.NewGuid():N}", "tree.png");
        var e = Assert.Throws<Nq52ValidationException>(() => chart.SavePng(path));
        Assert.Equal(path, Assert.Single(e.Problems).Location);
    }

    [Fact]
    public void Unknown_nodes_units_and_groups_are_located_problems()
    {
        var pii = ChartSamples.Pii;
        Assert.Equal("node \"nope\"", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.RankingBars(pii, "nope")).Problems).Location);
        Assert.Equal("unit \"atlantis\"", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.UnitProfile(pii, "atlantis")).Problems).Location);
        Assert.Equal("level", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.UnitProfile(pii, "ha-noi", level: 9)).Problems).Location);
        Assert.Equal("group \"Nowhere\"", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.GroupComparison(pii, "Nowhere")).Problems).Location);
        Assert.Equal("level", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.CorrelationHeatmap(ChartSamples.Audit, level: 42)).Problems).Location);
        Assert.Equal("node \"PII\"", Assert.Single(Assert.Throws<Nq52ValidationException>(() => IndexCharts.Distribution(pii, "PII", PipelineStage.Transform)).Problems).Location);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(199)]
    [InlineData(8001)]
    public void Sizes_outside_the_range_are_refused(int pixels)
    {
        Assert.Equal("Width", Assert.Single(Assert.Throws<Nq52ValidationException>(() => new ChartOptions { Width = pixels }).Problems).Location);
        Assert.Equal("Height", Assert.Single(Assert.Throws<Nq52ValidationException>(() => new ChartOptions { Height = pixels }).Problems).Location);
    }

    [Fact]
    public void A_title_in_the_options_replaces_the_charts_own()
    {
        var svg = IndexCharts.FrameworkTree(PiiSample.Framework(), new ChartOptions { Title = "Cây khung chỉ số" }).ToSvg();
        Assert.Contains("Cây khung chỉ số", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Framework:", svg, StringComparison.Ordinal);
    }

    private static IEnumerable<Chart> AllCharts()
    {
        var pii = ChartSamples.Pii;
        yield return IndexCharts.RankingBars(pii);
        yield return IndexCharts.RankIntervals(ChartSamples.Uncertainty);
        yield return IndexCharts.SobolIndices(ChartSamples.Uncertainty);
        yield return IndexCharts.Distribution(pii, pii.Framework.Indicators[0].Code);
        yield return IndexCharts.CorrelationHeatmap(ChartSamples.Audit);
        yield return IndexCharts.CorrelationHeatmap(ChartSamples.Audit, level: 2);
        yield return IndexCharts.UnitProfile(pii, "thua-thien-hue");
        yield return IndexCharts.InputOutput(pii, PiiFramework.InputCode, PiiFramework.OutputCode);
        yield return IndexCharts.GroupComparison(pii, "Region");
        yield return IndexCharts.FrameworkTree(pii.Framework);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
