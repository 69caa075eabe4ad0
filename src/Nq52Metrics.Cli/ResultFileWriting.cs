using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>
/// The results file of <c>--out</c> for the commands that build one index (<c>build</c>, <c>pii build</c>): the format
/// is chosen by the extension before any work is done — <c>.csv</c> tidy rows unit,node,level,score,rank, <c>.json</c>
/// scores and ranks by unit, <c>.xlsx</c> one sheet per table (<see cref="ResultWorkbook"/>), either case — and a path naming one of the command's input files is refused; then the
/// file is written after the build (all or nothing, even when Ctrl-C or SIGTERM stops the command) and confirmed on
/// the output.
/// </summary>
internal sealed class ResultFileWriting
{
    private readonly Format _format;

    private ResultFileWriting(string filePath, Format format)
    {
        FilePath = filePath;
        _format = format;
    }

    private enum Format
    {
        Csv,
        Json,
        Workbook,
    }

    /// <summary>The file to write, as given on the command line.</summary>
    public string FilePath { get; }

    /// <summary>The writing for <c>--out</c>, or null when it was not given.</summary>
    /// <param name="path">The value of <c>--out</c>, if any.</param>
    /// <param name="inputs">The command's input files by option (null = a default, not a file).</param>
    /// <returns>The writing, or null.</returns>
    /// <exception cref="Nq52ValidationException">
    /// The path ends in none of .csv, .json, .xlsx, or it is one of the input files (location <c>--out</c>).
    /// </exception>
    public static ResultFileWriting? For(string? path, params IEnumerable<(string Option, string? Path)> inputs)
    {
        if (path is null)
        {
            return null;
        }

        OutputPaths.EnsureNotAnInput(path, inputs);
        var extension = Path.GetExtension(path);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return new ResultFileWriting(path, Format.Csv);
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new ResultFileWriting(path, Format.Json);
        }

        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new ResultFileWriting(path, Format.Workbook);
        }

        throw new Nq52ValidationException(
            "--out",
            $"\"{path}\" must end in .csv (tidy rows unit,node,level,score,rank), .json (scores and ranks by unit) or .xlsx (one sheet per table).");
    }

    /// <summary>
    /// Writes the results file all or nothing (a temporary file moved into place), unless <see cref="CliApp.StopToken"/>
    /// is cancelled first or meanwhile: then the temporary file is deleted and <see cref="OperationCanceledException"/>
    /// thrown. <see cref="CliApp.WritePause"/> holds the half-written file open, for tests that interrupt it.
    /// </summary>
    /// <param name="result">The build result.</param>
    /// <param name="app">The application (its stop request and write pause).</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The command was asked to stop.</exception>
    public void Write(IndexResult result, CliApp app) =>
        Write(
            stream =>
            {
                switch (_format)
                {
                    case Format.Json:
                        ResultWriter.WriteJson(result, stream);
                        break;
                    case Format.Workbook:
                        ResultWorkbook.Write(stream, result);
                        break;
                    default:
                        ResultWriter.WriteCsv(result, stream);
                        break;
                }
            },
            app);

    /// <summary>
    /// Writes the results file of a panel build, every period (a leading <c>period</c> column in the CSV, a
    /// <c>period</c> per unit in the JSON), as <see cref="Write(IndexResult, CliApp)"/> does. A workbook holds the latest
    /// period's tables (one sheet per table).
    /// </summary>
    /// <param name="result">The panel build result.</param>
    /// <param name="app">The application (its stop request and write pause).</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The command was asked to stop.</exception>
    public void Write(PanelResult result, CliApp app)
    {
        if (_format == Format.Workbook)
        {
            Write(result.Latest, app);
            return;
        }

        Write(stream => (_format == Format.Json ? (Action<PanelResult, Stream>)ResultWriter.WriteJson : ResultWriter.WriteCsv)(result, stream), app);
    }

    private void Write(Action<Stream> write, CliApp app)
    {
        var stop = app.StopToken;
        var pause = app.WritePause;
        AtomicFile.Write(
            FilePath,
            stream =>
            {
                write(stream);
                if (pause > TimeSpan.Zero)
                {
                    stream.Flush();
                    stop.WaitHandle.WaitOne(pause);
                }
            },
            stop);
    }

    /// <summary>Writes the line <c>Results written to PATH.</c></summary>
    /// <param name="output">Where to write it.</param>
    public void Confirm(TextWriter output) => output.WriteLine($"Results written to {FilePath}.");
}
