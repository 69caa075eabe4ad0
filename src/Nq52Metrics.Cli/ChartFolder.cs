using System.CommandLine;
using Nq52Metrics.Analysis;
using Nq52Metrics.Charts;
using Nq52Metrics.Results;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>--plot DIR</c>: the charts of a command written into a folder (created if needed), each as PNG and SVG, each
/// file all or nothing; then the line <c>Charts written to DIR: …</c> (or, when no chart applies, a line saying so and
/// no folder).
/// </summary>
internal static class ChartFolder
{
    /// <summary>The <c>--plot</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> Option() =>
        CommonOptions.OptionalString("--plot", CliTexts.HelpPlot);

    /// <summary>The charts of a build: the ranking, the framework, input against output when the index has two children, one per group column with at least two groups.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="options">Size and language of the charts.</param>
    /// <returns>The charts.</returns>
    public static IEnumerable<Chart> OfBuild(IndexResult result, ChartOptions options)
    {
        yield return IndexCharts.RankingBars(result, options: options);
        yield return IndexCharts.FrameworkTree(result.Framework, options);
        var children = result.Framework.ChildrenOf(result.IndexCode);
        if (children.Length == 2)
        {
            yield return IndexCharts.InputOutput(result, children[0].Code, children[1].Code, options);
        }

        if (result.Ranking().FirstOrDefault(r => !double.IsNaN(r.Score)) is { } best)
        {
            yield return IndexCharts.UnitProfile(result, best.Unit.Code, options: options);
        }

        foreach (var group in result.Framework.GroupColumns.Where(g => result.Units.Select(u => u.GroupOf(g)).OfType<string>().Distinct(StringComparer.Ordinal).Count() >= 2))
        {
            yield return IndexCharts.GroupComparison(result, group, options: options);
        }
    }

    /// <summary>The charts of an audit: the correlation heatmap of every level.</summary>
    /// <param name="audit">The audit.</param>
    /// <param name="options">Size and language of the charts.</param>
    /// <returns>The charts.</returns>
    public static IEnumerable<Chart> OfAudit(AuditResult audit, ChartOptions options) =>
        audit.Correlations.Keys.Select(level => IndexCharts.CorrelationHeatmap(audit, level, options));

    /// <summary>The charts of an uncertainty analysis: rank intervals and, for a Sobol design, the sensitivity indices.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="options">Size and language of the charts.</param>
    /// <returns>The charts.</returns>
    public static IEnumerable<Chart> OfUncertainty(UncertaintyResult result, ChartOptions options)
    {
        yield return IndexCharts.RankIntervals(result, options);
        if (result.Spec.Type == AnalysisType.Sensitivity)
        {
            yield return IndexCharts.SobolIndices(result, options);
        }
    }

    /// <summary>Refuses a <c>--plot</c> that names a file, before the command writes any output.</summary>
    /// <param name="folder">The folder of <c>--plot</c>, or null.</param>
    /// <exception cref="Nq52ValidationException">The path is a file.</exception>
    public static void EnsureUsable(string? folder)
    {
        if (folder is not null && File.Exists(folder))
        {
            throw new Nq52ValidationException("--plot", PiiText.Format(CliTexts.FolderIsAFile, folder));
        }
    }

    /// <summary>Writes the charts as NAME.png and NAME.svg into the folder and confirms them on the output.</summary>
    /// <param name="folder">The folder of <c>--plot</c>, or null (nothing is done).</param>
    /// <param name="charts">The charts.</param>
    /// <param name="output">Where the confirmation goes.</param>
    /// <exception cref="Nq52ValidationException">The folder is a file or cannot be created, or a file cannot be written.</exception>
    public static void Write(string? folder, IEnumerable<Chart> charts, TextWriter output)
    {
        if (folder is null)
        {
            return;
        }

        EnsureUsable(folder);
        var drawn = charts.ToList();
        if (drawn.Count == 0)
        {
            output.WriteLine(PiiText.Format(CliTexts.ChartsNone, folder));
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Nq52ValidationException("--plot", PiiText.Format(CliTexts.FolderCannotBeCreated, folder, e.Message));
        }

        var names = new List<string>();
        foreach (var chart in drawn)
        {
            chart.SavePng(Path.Combine(folder, $"{chart.Name}.png"));
            chart.SaveSvg(Path.Combine(folder, $"{chart.Name}.svg"));
            names.Add(chart.Name);
        }

        output.WriteLine(PiiText.Format(CliTexts.ChartsWritten, folder, string.Join(", ", names)));
    }
}
