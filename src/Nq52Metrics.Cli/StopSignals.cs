using System.Runtime.InteropServices;

namespace Nq52Metrics.Cli;

/// <summary>
/// A request to stop, from Ctrl-C (SIGINT) or SIGTERM. While a command that writes files <see cref="Handle"/>s stops,
/// the first signal cancels <see cref="Token"/> and lets it stop cleanly (no temporary file left, <c>cancelled</c> on
/// standard error, exit code <see cref="ExitCodes.Cancelled"/> or <see cref="ExitCodes.Terminated"/>) and a second
/// signal ends the process at once; otherwise a signal ends the process at once, as it does by default.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _exitCode = ExitCodes.Cancelled;
    private int _handlers;

    /// <summary>The scope of a command run without signals (in-process runs): disposing it does nothing.</summary>
    public static IDisposable Unobserved { get; } = new Scope(null);

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

    /// <summary>Declares that the running command observes <see cref="Token"/> until the returned scope is disposed.</summary>
    /// <returns>The scope.</returns>
    public IDisposable Handle()
    {
        Interlocked.Increment(ref _handlers);
        return new Scope(this);
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

    /// <summary>What a signal does: see the class summary.</summary>
    /// <param name="context">The signal; its <see cref="PosixSignalContext.Cancel"/> is set when the command stops itself.</param>
    /// <param name="exitCode">The exit code for this signal.</param>
    internal void OnSignal(PosixSignalContext context, int exitCode)
    {
        // The first signal stops a command that handles stops cleanly; otherwise, or for a second signal, the default
        // action ends the process.
        context.Cancel = Volatile.Read(ref _handlers) > 0 && !_source.IsCancellationRequested;
        Request(exitCode);
    }

    private sealed class Scope(StopSignals? signals) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (signals is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Interlocked.Decrement(ref signals._handlers);
            }
        }
    }
}
