namespace Nq52Metrics.Cli;

/// <summary>
/// How a command shows its tables (<c>--format</c>): <see cref="Table"/> for people (text tables and notes on standard
/// output), <see cref="Csv"/> or <see cref="Json"/> for programs (only the tables, on standard output, invariant
/// culture; notes and progress go to standard error). See <see cref="MachineOutput"/> for the shapes.
/// </summary>
internal enum OutputFormat
{
    /// <summary>Text tables and notes (the default).</summary>
    Table,

    /// <summary>The tables as CSV.</summary>
    Csv,

    /// <summary>The tables as one JSON document.</summary>
    Json,
}
