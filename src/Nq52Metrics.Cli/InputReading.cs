using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Cli;

/// <summary>
/// Reads every input file of a command and keeps going after a failure, so that all problems of all files are
/// known at once: the framework (and its weight overrides), the method file, and the data (which can only be read
/// against a framework, so it is checked only when the framework is valid).
/// </summary>
internal sealed class InputReading
{
    private InputReading(
        IndexFramework? framework,
        Dataset? data,
        PanelDataset? panel,
        Methodology? methodology,
        ImmutableArray<ValidationProblem> problems,
        ImmutableArray<string> notes)
    {
        Framework = framework;
        Data = data;
        Panel = panel;
        Methodology = methodology;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>The framework (with weight overrides applied), when it and the weights are valid.</summary>
    public IndexFramework? Framework { get; }

    /// <summary>The data, when they could be read and fit the framework.</summary>
    public Dataset? Data { get; }

    /// <summary>
    /// The data as panel data (one dataset per <c>Time</c> value), when read for a command that builds panels and they
    /// could be read; then <see cref="Data"/> is the latest period.
    /// </summary>
    public PanelDataset? Panel { get; }

    /// <summary>The methodology (the method file, or the general default), when valid.</summary>
    public Methodology? Methodology { get; }

    /// <summary>Every problem found in every file.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Remarks about what could not be checked because of an earlier problem.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Reads the files; with <paramref name="panel"/>, the data may hold several periods (a <c>Time</c> column).</summary>
    public static InputReading Read(InputPaths paths, bool panel = false)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var notes = ImmutableArray.CreateBuilder<string>();
        var framework = ValidationAttempt.Run((out IndexFramework? f, out ImmutableArray<ValidationProblem> p) => FrameworkFile.TryLoad(paths.Framework, out f, out p), problems);
        if (framework is not null && paths.Weights is { } weightsPath)
        {
            framework = ValidationAttempt.Run((out IndexFramework? f, out ImmutableArray<ValidationProblem> p) => TryApplyWeights(framework, weightsPath, out f, out p), problems);
        }
        else if (paths.Weights is not null)
        {
            notes.Add($"{paths.Weights} was not checked against the framework, because the framework has problems.");
        }

        var methodology = paths.Method is { } methodPath
            ? ValidationAttempt.Run((out Methodology? m, out ImmutableArray<ValidationProblem> p) => MethodologyJson.TryLoad(methodPath, out m, out p), problems)
            : Methodology.Default;
        Dataset? data = null;
        PanelDataset? panelData = null;
        if (framework is not null && panel)
        {
            panelData = ValidationAttempt.Run((out PanelDataset? d, out ImmutableArray<ValidationProblem> p) => DataFile.TryReadPanel(paths.Data, framework, out d, out p), problems);
            data = panelData?.Latest;
        }
        else if (framework is not null)
        {
            data = ValidationAttempt.Run((out Dataset? d, out ImmutableArray<ValidationProblem> p) => DataFile.TryRead(paths.Data, framework, out d, out p), problems);
        }
        else
        {
            notes.Add($"{paths.Data} was not checked, because data are read against the framework and the framework has problems.");
        }

        return new InputReading(framework, data, panelData, methodology, problems.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>Throws every problem found, or returns the three inputs.</summary>
    /// <exception cref="Nq52ValidationException">Some file has problems.</exception>
    public (IndexFramework Framework, Dataset Data, Methodology Methodology) EnsureComplete()
    {
        if (!Problems.IsEmpty)
        {
            throw new Nq52ValidationException(Problems);
        }

        return (Framework!, Data!, Methodology!);
    }

    /// <summary>Throws every problem found, or returns the inputs with the data as a panel (read with <c>panel: true</c>).</summary>
    /// <exception cref="Nq52ValidationException">Some file has problems.</exception>
    public (IndexFramework Framework, PanelDataset Panel, Methodology Methodology) EnsurePanel()
    {
        var (framework, _, methodology) = EnsureComplete();
        return (framework, Panel!, methodology);
    }

    private static bool TryApplyWeights(IndexFramework framework, string path, [NotNullWhen(true)] out IndexFramework? reweighted, out ImmutableArray<ValidationProblem> problems)
    {
        reweighted = null;
        if (!CoinrCsv.TryReadWeights(path, out var weights, out problems))
        {
            return false;
        }

        if (framework.TryWithWeights(weights, out reweighted, out problems))
        {
            return true;
        }

        var source = Path.GetFileName(path);
        problems = [.. problems.Select(p => p.From(source))];
        return false;
    }
}
