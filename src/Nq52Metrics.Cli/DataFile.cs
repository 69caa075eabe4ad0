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
}
