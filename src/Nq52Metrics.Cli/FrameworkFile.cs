using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
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
    public static IndexFramework Load(string path) =>
        TryLoad(path, out var framework, out var problems) ? framework : throw new Nq52ValidationException(problems);

    /// <summary>As <see cref="Load"/>, returning the problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid).</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out IndexFramework? framework, out ImmutableArray<ValidationProblem> problems)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FrameworkJson.TryLoad(path, out framework, out problems);
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return CoinrCsv.TryReadMeta(path, out framework, out problems);
        }

        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return CoinrWorkbook.TryReadMeta(path, out framework, out problems);
        }

        framework = null;
        problems =
        [
            new ValidationProblem(
                "--framework",
                $"\"{path}\" is neither a .json framework file, a .csv COINr iMeta table nor an .xlsx workbook with an iMeta sheet (judged by its extension)."),
        ];
        return false;
    }
}
