using System.Runtime.InteropServices;

namespace Nq52Metrics.Cli;

/// <summary>
/// A request to stop, from Ctrl-C (SIGINT) or SIGTERM: the first signal cancels <see cref="Token"/> and lets the
/// running command stop cleanly (no temporary file left, <c>cancelled</c> on standard error, exit code
/// <see cref="ExitCodes.Cancelled"/> or <see cref="ExitCodes.Terminated"/>); a second signal ends the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode = ExitCodes.Cancelled;

    /// <summary>Cancelled once a stop is requested.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The exit code for the signal that asked to stop: 130 (SIGINT) or 143 (SIGTERM); 130 before any.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>Listens to SIGINT and SIGTERM until disposed.</summary>
    /// <returns>The stop request the signals fill.</returns>
    public static StopSignals Listen()
    {
        var stop = new StopSignals();
        stop._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => stop.OnSignal(context, ExitCodes.Cancelled)));
        stop._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => stop.OnSignal(context, ExitCodes.Terminated)));
        return stop;
    }

    /// <summary>Asks the running command to stop, as a signal would (the first request sets the exit code).</summary>
    /// <param name="exitCode">The exit code to end with.</param>
    public void Request(int exitCode)
    {
        if (!_source.IsCancellationRequested)
        {
            Volatile.Write(ref _exitCode, exitCode);
        }

        _source.Cancel();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int exitCode)
    {
        // The first signal stops the command cleanly; a second one takes the default action (the process ends).
        context.Cancel = !_source.IsCancellationRequested;
        Request(exitCode);
    }
}
