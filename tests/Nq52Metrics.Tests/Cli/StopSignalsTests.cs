using System.Runtime.InteropServices;
using Nq52Metrics.Cli;

namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// What a signal does: a command that writes files stops itself cleanly on the first one; any other command, or a
/// second signal, is ended by the default action at once.
/// </summary>
public sealed class StopSignalsTests
{
    private static PosixSignalContext Signal(StopSignals stop, PosixSignal signal, int exitCode)
    {
        var context = new PosixSignalContext(signal);
        stop.OnSignal(context, exitCode);
        return context;
    }

    [Fact]
    public void Without_a_command_that_handles_stops_the_signal_takes_its_default_action()
    {
        using var stop = new StopSignals();

        Assert.False(Signal(stop, PosixSignal.SIGINT, ExitCodes.Cancelled).Cancel);
    }

    [Fact]
    public void A_writing_command_gets_the_first_signal_and_the_second_ends_the_process()
    {
        using var stop = new StopSignals();
        using var scope = stop.Handle();

        var first = Signal(stop, PosixSignal.SIGTERM, ExitCodes.Terminated);
        var second = Signal(stop, PosixSignal.SIGINT, ExitCodes.Cancelled);

        Assert.True(first.Cancel);
        Assert.False(second.Cancel);
        Assert.True(stop.Token.IsCancellationRequested);
        Assert.Equal(ExitCodes.Terminated, stop.ExitCode);
    }

    [Fact]
    public void After_the_writing_command_ends_signals_take_their_default_action_again()
    {
        using var stop = new StopSignals();
        stop.Handle().Dispose();

        Assert.False(Signal(stop, PosixSignal.SIGINT, ExitCodes.Cancelled).Cancel);
        Assert.Equal(ExitCodes.Cancelled, stop.ExitCode);
    }
}
