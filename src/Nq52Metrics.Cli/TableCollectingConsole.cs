using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nq52Metrics.Cli;

/// <summary>
/// The console of a command run with <c>--format csv|json</c>: tables are kept (as <see cref="MachineTable"/>) for
/// <see cref="MachineOutput"/>, and everything else (notes, titles, progress) goes to the inner console, which writes
/// to standard error, so standard output holds only the machine-readable tables.
/// </summary>
internal sealed class TableCollectingConsole : IAnsiConsole
{
    private readonly IAnsiConsole _inner;
    private readonly Action<MachineTable> _collect;

    /// <summary>Wraps a console.</summary>
    /// <param name="inner">Where everything but tables is written.</param>
    /// <param name="collect">Receives every table.</param>
    public TableCollectingConsole(IAnsiConsole inner, Action<MachineTable> collect)
    {
        _inner = inner;
        _collect = collect;
    }

    /// <inheritdoc/>
    public Profile Profile => _inner.Profile;

    /// <inheritdoc/>
    public IAnsiConsoleCursor Cursor => _inner.Cursor;

    /// <inheritdoc/>
    public IAnsiConsoleInput Input => _inner.Input;

    /// <inheritdoc/>
    public IExclusivityMode ExclusivityMode => _inner.ExclusivityMode;

    /// <inheritdoc/>
    public RenderPipeline Pipeline => _inner.Pipeline;

    /// <inheritdoc/>
    public void Clear(bool home) => _inner.Clear(home);

    /// <inheritdoc/>
    public void WriteAnsi(Action<AnsiWriter> action) => _inner.WriteAnsi(action);

    /// <inheritdoc/>
    public void Write(IRenderable renderable)
    {
        if (renderable is Table table)
        {
            _collect(MachineTable.From(table));
        }
        else
        {
            _inner.Write(renderable);
        }
    }
}
