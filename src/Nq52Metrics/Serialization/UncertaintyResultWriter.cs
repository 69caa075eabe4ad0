using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Uncertainty;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes an <see cref="UncertaintyResult"/> as CSV files (formats in docs/formats.md), comma separated with a header
/// row, numbers invariant-culture and shortest round-trip ("R"), a missing value as <c>NA</c>, fields holding a comma
/// or a quote quoted:
/// <list type="bullet">
/// <item><c>rankstats.csv</c>: <c>unit,nominal,mean,median,q5,q95,score_mean,score_sd</c>, one row per unit in the
/// nominal result's order.</item>
/// <item><c>sensitivity.csv</c> (sensitivity analysis only): <c>input,si,sti,si_q5,si_q95,sti_q5,sti_q95</c>, one
/// row per uncertain input.</item>
/// <item><c>runs.csv</c>: <c>run</c> (0-based, as <see cref="UncertaintyResult.RunAlternatives"/> takes it), one
/// column per uncertain input holding the label of the alternative the run used, and <c>failed</c>
/// (<c>true</c>/<c>false</c>); one row per run, streamed, so memory does not grow with the number of runs.</item>
/// </list>
/// </summary>
public static class UncertaintyResultWriter
{
    /// <summary>The file name of the rank statistics.</summary>
    public const string RankStatisticsFileName = "rankstats.csv";

    /// <summary>The file name of the sensitivity indices.</summary>
    public const string SensitivityFileName = "sensitivity.csv";

    /// <summary>The file name of the runs' parameters.</summary>
    public const string RunsFileName = "runs.csv";

    /// <summary>The header of <c>rankstats.csv</c>.</summary>
    internal static readonly ImmutableArray<string> RankStatisticsColumns = ["unit", "nominal", "mean", "median", "q5", "q95", "score_mean", "score_sd"];

    /// <summary>The header of <c>sensitivity.csv</c>.</summary>
    internal static readonly ImmutableArray<string> SensitivityColumns = ["input", "si", "sti", "si_q5", "si_q95", "sti_q5", "sti_q95"];

    /// <summary>Runs whose parameters are replayed together (in parallel) before their rows are written.</summary>
    private const int RunBatch = 4096;

    /// <summary>
    /// Writes <c>rankstats.csv</c>, <c>sensitivity.csv</c> (sensitivity analysis only) and <c>runs.csv</c> into a
    /// folder, creating it if needed. All or nothing: every file is written to a hidden temporary file in the folder,
    /// and the temporary files are moved into place only once all of them are complete; on failure or cancellation
    /// they are deleted, the folder's files are left as they were, and a folder created by this call is removed. When
    /// the analysed units are sample data (<see cref="UncertaintyResult.IsSample"/>) every file starts with a
    /// <c>DataStatus</c> column holding <c>SAMPLE</c>.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="folder">The destination folder.</param>
    /// <param name="progress">Receives the share of <c>runs.csv</c> written, in [0, 1].</param>
    /// <param name="cancellationToken">Stops writing (throws <see cref="OperationCanceledException"/>; nothing is left behind).</param>
    /// <returns>The paths written, in the order above.</returns>
    /// <exception cref="Nq52ValidationException">The folder cannot be created or a file cannot be written.</exception>
    public static ImmutableArray<string> WriteFiles(
        UncertaintyResult result,
        string folder,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var files = new List<(string Name, Action<TextWriter> Write)>
        {
            (RankStatisticsFileName, w => WriteRankStatistics(result, w)),
        };
        if (result.Spec.Type == AnalysisType.Sensitivity)
        {
            files.Add((SensitivityFileName, w => WriteSensitivity(result, w)));
        }

        files.Add((RunsFileName, w => WriteRuns(result, w, progress, cancellationToken)));
        return [.. AtomicFolder.Write(folder, [.. files.Select(f => (f.Name, SampleLabelledWriter.Label(result.IsSample, f.Write)))])];
    }

    /// <summary>
    /// Writes <c>rankstats.csv</c> to a text writer (left open). When the units are sample data
    /// (<see cref="Data.SampleData"/>) every row starts with a <c>DataStatus</c> column holding <c>SAMPLE</c>.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteRankStatistics(UncertaintyResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        if (result.IsSample && writer is not SampleLabelledWriter)
        {
            writer = new SampleLabelledWriter(writer);
        }

        CsvRows.Write(writer, RankStatisticsColumns);
        foreach (var s in result.RankStatistics)
        {
            CsvRows.Write(writer, [s.Unit.Code, Number(s.NominalRank), Number(s.MeanRank), Number(s.MedianRank), Number(s.Q5), Number(s.Q95), Number(s.MeanScore), Number(s.ScoreSd)]);
        }
    }

    /// <summary>Writes <c>sensitivity.csv</c> to a text writer (left open): only the header when there are no indices.</summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteSensitivity(UncertaintyResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, SensitivityColumns);
        foreach (var s in result.Sensitivity)
        {
            CsvRows.Write(writer, [s.Input, Number(s.FirstOrder), Number(s.Total), Number(s.FirstOrderQ5), Number(s.FirstOrderQ95), Number(s.TotalQ5), Number(s.TotalQ95)]);
        }
    }

    /// <summary>
    /// Writes <c>runs.csv</c> to a text writer (left open), in run order. Each run's alternatives are recovered with
    /// <see cref="UncertaintyResult.RunAlternatives"/> and its outcome with <see cref="UncertaintyResult.RunFailed"/>, so
    /// nothing is evaluated again and the text does not depend on the number of threads.
    /// </summary>
    /// <param name="result">The analysis result.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="progress">Receives the share of rows written, in [0, 1].</param>
    /// <param name="cancellationToken">Stops writing (throws <see cref="OperationCanceledException"/>).</param>
    public static void WriteRuns(UncertaintyResult result, TextWriter writer, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var inputs = result.Inputs;
        CsvRows.Write(writer, RunsColumns(result));
        var total = result.RunCount;
        var fields = new string[inputs.Length + 2];
        for (long run = 0; run < total; run++)
        {
            if (run % RunBatch == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)run / total);
            }

            var choice = result.RunAlternatives(run);
            fields[0] = run.ToString(CultureInfo.InvariantCulture);
            for (var j = 0; j < inputs.Length; j++)
            {
                fields[j + 1] = inputs[j].Alternatives[choice[j]];
            }

            fields[^1] = result.RunFailed(run) ? "true" : "false";
            CsvRows.Write(writer, fields);
        }

        progress?.Report(1.0);
    }

    /// <summary>The header of <c>runs.csv</c>: <c>run</c>, the inputs' names, <c>failed</c>.</summary>
    internal static ImmutableArray<string> RunsColumns(UncertaintyResult result) =>
        ["run", .. result.Inputs.Select(i => i.Name), "failed"];

    private static string Number(double value) => CsvNumbers.Format(value);
}
