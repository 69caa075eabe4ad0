using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>Reads the data file of <c>--data</c>, its format judged by the extension (either case).</summary>
internal static class DataFile
{
    /// <summary>Reads the data: <c>.xlsx</c> the <c>iData</c> sheet of a workbook, anything else a COINr iData CSV.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <returns>The validated dataset.</returns>
    /// <exception cref="Nq52ValidationException">The file has problems (all of them, located).</exception>
    public static Dataset Read(string path, IndexFramework framework) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? CoinrWorkbook.ReadData(path, framework)
            : CoinrCsv.ReadData(path, framework);

    /// <summary>As <see cref="Read"/>, returning the problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="data">The dataset, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryRead(string path, IndexFramework framework, [NotNullWhen(true)] out Dataset? data, out ImmutableArray<ValidationProblem> problems) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? CoinrWorkbook.TryReadData(path, framework, out data, out problems)
            : CoinrCsv.TryReadData(path, framework, out data, out problems);

    /// <summary>As <see cref="TryRead"/>, reading the data as a panel (the <c>Time</c> column names the periods).</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="panel">The panel, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryReadPanel(string path, IndexFramework framework, [NotNullWhen(true)] out PanelDataset? panel, out ImmutableArray<ValidationProblem> problems) =>
        Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? CoinrWorkbook.TryReadPanelData(path, framework, out panel, out problems)
            : CoinrCsv.TryReadPanelData(path, framework, out panel, out problems);
}
