using Spectre.Console;

namespace Nq52Metrics.Cli;

/// <summary>
/// Shows the progress of a long step as a bar on standard output when it is a terminal; when the output is redirected
/// (a file, a pipe, a test) nothing is shown, so the output holds only results.
/// </summary>
internal static class UncertaintyProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, giving it a progress sink (null when nothing is shown).</summary>
    /// <param name="app">Where the command writes.</param>
    /// <param name="description">What the bar is for, e.g. <c>runs</c>.</param>
    /// <param name="work">The step; it reports shares in [0, 1], from any thread.</param>
    /// <returns>What the step returns.</returns>
    public static T Run<T>(CliApp app, string description, Func<IProgress<double>?, T> work)
    {
        if (!app.CreateConsole().Profile.Capabilities.Ansi)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(app.Output),
        });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context => work(new TaskProgress(context.AddTask(Markup.Escape(description), maxValue: 1))));
    }

    /// <summary>Moves a bar forward only: reports from worker threads may arrive out of order.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<double>
    {
        private readonly Lock _lock = new();
        private double _shown;

        public void Report(double value)
        {
            lock (_lock)
            {
                if (value > _shown)
                {
                    _shown = value;
                    task.Value = value;
                }
            }
        }
    }
}
