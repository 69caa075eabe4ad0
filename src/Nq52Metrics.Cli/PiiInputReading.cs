using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// Reads the inputs of a <c>pii</c> command, each file or its default: the framework (<see cref="PiiSample.Framework"/>),
/// the methodology (<see cref="PiiMethodology.Default"/>) and the data (the sample's rows, read against the framework;
/// a <c>Time</c> column gives several periods, and the latest is the one analysed).
/// It keeps going after a failure, so the problems of every file are reported together.
/// </summary>
internal sealed class PiiInputReading
{
    private PiiInputReading(PiiInputPaths paths, IndexFramework framework, PanelDataset panel, Methodology methodology)
    {
        Paths = paths;
        Framework = framework;
        Panel = panel;
        Methodology = methodology;
    }

    /// <summary>The paths that were read (null = the default).</summary>
    public PiiInputPaths Paths { get; }

    /// <summary>The framework.</summary>
    public IndexFramework Framework { get; }

    /// <summary>The data of the latest period (the only one when the file has no <c>Time</c> column).</summary>
    public Dataset Data => Panel.Latest;

    /// <summary>Every period of the data (the shipped sample has two).</summary>
    public PanelDataset Panel { get; }

    /// <summary>The methodology.</summary>
    public Methodology Methodology { get; }

    /// <summary>True when the data are the shipped sample (every unit marked <c>DataStatus = SAMPLE</c>).</summary>
    public bool IsSample => PiiSample.IsSample(Data);

    /// <summary>How the output names the methodology: the method file, or the PII preset.</summary>
    public string MethodDescription => Paths.Method is { } path
        ? PiiText.Format(CliTexts.MethodFile, Path.GetFileName(path))
        : CliTexts.MethodPiiPreset;

    /// <summary>Reads the inputs.</summary>
    /// <param name="paths">The files given (null = the default).</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="Nq52ValidationException">Some file has problems (every problem of every file).</exception>
    public static PiiInputReading Read(PiiInputPaths paths)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        // The embedded sample and preset are valid by construction; only files given on the command line are checked.
        var framework = paths.Framework is { } frameworkPath
            ? ValidationAttempt.Run((out IndexFramework? f, out ImmutableArray<ValidationProblem> p) => FrameworkFile.TryLoad(frameworkPath, out f, out p), problems)
            : PiiSample.Framework();
        var methodology = paths.Method is { } methodPath
            ? ValidationAttempt.Run((out Methodology? m, out ImmutableArray<ValidationProblem> p) => MethodologyJson.TryLoad(methodPath, out m, out p), problems)
            : PiiMethodology.Default;
        PanelDataset? data = null;
        if (framework is not null)
        {
            data = paths.Data is { } dataPath
                ? ValidationAttempt.Run((out PanelDataset? d, out ImmutableArray<ValidationProblem> p) => CoinrCsv.TryReadPanelData(dataPath, framework, out d, out p), problems)
                : CoinrCsv.ParsePanelData(PiiSample.Files().DataCsv, framework, PiiSampleFiles.DataFileName);
        }

        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems.ToImmutable());
        }

        return new PiiInputReading(paths, framework!, data!, methodology!);
    }
}
