namespace Nq52Metrics.Cli;

/// <summary>
/// The test seam of <see cref="CliApp.WritePauseVariable"/> for writers that report progress: the first report (files
/// half written) waits for the pause or a stop request, and a stop request then ends the writing with
/// <see cref="OperationCanceledException"/>. Without a pause the progress is passed on unchanged.
/// </summary>
internal sealed class PausingProgress : IProgress<double>
{
    private readonly IProgress<double>? _inner;
    private readonly TimeSpan _pause;
    private readonly CancellationToken _stop;
    private int _paused;

    private PausingProgress(IProgress<double>? inner, TimeSpan pause, CancellationToken stop)
    {
        _inner = inner;
        _pause = pause;
        _stop = stop;
    }

    /// <summary>The progress to give a writer.</summary>
    /// <param name="inner">The progress display, or null.</param>
    /// <param name="pause">The pause (zero in normal use).</param>
    /// <param name="stop">The stop request.</param>
    /// <returns><paramref name="inner"/> itself when there is no pause.</returns>
    public static IProgress<double>? Wrap(IProgress<double>? inner, TimeSpan pause, CancellationToken stop) =>
        pause > TimeSpan.Zero ? new PausingProgress(inner, pause, stop) : inner;

    /// <inheritdoc/>
    public void Report(double value)
    {
        if (Interlocked.Exchange(ref _paused, 1) == 0)
        {
            _stop.WaitHandle.WaitOne(_pause);
            _stop.ThrowIfCancellationRequested();
        }

        _inner?.Report(value);
    }
}
