using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>Loads the framework file of <c>--framework</c>, its format judged by the extension (either case).</summary>
internal static class FrameworkFile
{
    /// <summary>Loads a framework: <c>.json</c> in our format, <c>.csv</c> a COINr iMeta table, <c>.xlsx</c> the iMeta sheet of a workbook.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">
    /// The extension is neither (location <c>--framework</c>), or the file has problems (all of them, with their locations).
    /// </exception>
    public static IndexFramework Load(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FrameworkJson.Load(path);
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CoinrCsv.ReadMeta(path);
        }

        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return CoinrWorkbook.ReadMeta(path);
        }

        throw new Nq52ValidationException(
            "--framework",
            $"\"{path}\" is neither a .json framework file, a .csv COINr iMeta table nor an .xlsx workbook with an iMeta sheet (judged by its extension).");
    }
}
