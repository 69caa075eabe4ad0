using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>
/// The results file of <c>--out</c> for the commands that build one index (<c>build</c>, <c>pii build</c>): the format
/// is chosen by the extension before any work is done — <c>.csv</c> tidy rows unit,node,level,score,rank, <c>.json</c>
/// scores and ranks by unit, either case — then the file is written after the build and confirmed on the output.
/// </summary>
internal sealed class ResultFileWriting
{
    private readonly Action<IndexResult, string> _write;

    private ResultFileWriting(string filePath, Action<IndexResult, string> write)
    {
        FilePath = filePath;
        _write = write;
    }

    /// <summary>The file to write, as given on the command line.</summary>
    public string FilePath { get; }

    /// <summary>The writing for <c>--out</c>, or null when it was not given.</summary>
    /// <param name="path">The value of <c>--out</c>, if any.</param>
    /// <returns>The writing, or null.</returns>
    /// <exception cref="Nq52ValidationException">The path ends neither in .csv nor in .json (location <c>--out</c>).</exception>
    public static ResultFileWriting? For(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return new ResultFileWriting(path, (result, file) => ResultWriter.WriteCsv(result, file));
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new ResultFileWriting(path, (result, file) => ResultWriter.WriteJson(result, file));
        }

        throw new Nq52ValidationException(
            "--out",
            $"\"{path}\" must end in .csv (tidy rows unit,node,level,score,rank) or .json (scores and ranks by unit).");
    }

    /// <summary>Writes the results file (all or nothing, as <see cref="ResultWriter"/> does).</summary>
    /// <param name="result">The build result.</param>
    public void Write(IndexResult result) => _write(result, FilePath);

    /// <summary>Writes the line <c>Results written to PATH.</c></summary>
    /// <param name="output">Where to write it.</param>
    public void Confirm(TextWriter output) => output.WriteLine($"Results written to {FilePath}.");
}
