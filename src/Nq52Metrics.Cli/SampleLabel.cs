using Nq52Metrics.Data;

namespace Nq52Metrics.Cli;

/// <summary>
/// Labels what a generic command (<c>build</c>, <c>uncertainty</c>, <c>audit</c>) shows when its data are sample
/// data by the rule of <see cref="SampleData"/> (every unit marked <c>DataStatus = SAMPLE</c>, whatever the file is
/// called): the notice (<see cref="SampleData.Notice"/>, in the chosen language) before and after the text output, and
/// the label on machine-readable output.
/// </summary>
internal static class SampleLabel
{
    /// <summary>When the data are sample data: marks the run as such and prints the notice.</summary>
    /// <param name="app">The application.</param>
    /// <param name="data">The data read.</param>
    /// <returns>True when the data are sample data (pass it to <see cref="End"/>).</returns>
    public static bool Begin(CliApp app, Dataset data)
    {
        if (!SampleData.IsSample(data))
        {
            return false;
        }

        app.MarkSample(() => CliTexts.SampleDataNotice);
        app.Output.WriteLine(CliTexts.SampleDataNotice);
        return true;
    }

    /// <summary>Prints the notice again at the end of the output of sample data.</summary>
    /// <param name="app">The application.</param>
    /// <param name="sample">What <see cref="Begin"/> returned.</param>
    public static void End(CliApp app, bool sample)
    {
        if (sample)
        {
            app.Output.WriteLine(CliTexts.SampleDataNotice);
        }
    }
}
