using System.Collections.Immutable;
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
        Methodology? methodology,
        ImmutableArray<ValidationProblem> problems,
        ImmutableArray<string> notes)
    {
        Framework = framework;
        Data = data;
        Methodology = methodology;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>The framework (with weight overrides applied), when it and the weights are valid.</summary>
    public IndexFramework? Framework { get; }

    /// <summary>The data, when they could be read and fit the framework.</summary>
    public Dataset? Data { get; }

    /// <summary>The methodology (the method file, or COINr's defaults), when valid.</summary>
    public Methodology? Methodology { get; }

    /// <summary>Every problem found in every file.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>Remarks about what could not be checked because of an earlier problem.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Reads the files.</summary>
    public static InputReading Read(InputPaths paths)
    {
        var problems = ImmutableArray.CreateBuilder<ValidationProblem>();
        var notes = ImmutableArray.CreateBuilder<string>();
        var framework = ValidationAttempt.Run(() => FrameworkFile.Load(paths.Framework), problems);
        if (framework is not null && paths.Weights is { } weightsPath)
        {
            framework = ValidationAttempt.Run(() => ApplyWeights(framework, weightsPath), problems);
        }
        else if (paths.Weights is not null)
        {
            notes.Add($"{paths.Weights} was not checked against the framework, because the framework has problems.");
        }

        var methodology = paths.Method is { } methodPath
            ? ValidationAttempt.Run(() => MethodologyJson.Load(methodPath), problems)
            : Methodology.Default;
        Dataset? data = null;
        if (framework is not null)
        {
            data = ValidationAttempt.Run(() => DataFile.Read(paths.Data, framework), problems);
        }
        else
        {
            notes.Add($"{paths.Data} was not checked, because data are read against the framework and the framework has problems.");
        }

        return new InputReading(framework, data, methodology, problems.ToImmutable(), notes.ToImmutable());
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

    private static IndexFramework ApplyWeights(IndexFramework framework, string path)
    {
        var weights = CoinrCsv.ReadWeights(path);
        try
        {
            return framework.WithWeights(weights);
        }
        catch (Nq52ValidationException e)
        {
            var source = Path.GetFileName(path);
            throw new Nq52ValidationException(e.Problems.Select(p => p with { Location = $"{source}: {p.Location}" }));
        }
    }
}
