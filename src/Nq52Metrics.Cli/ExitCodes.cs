namespace Nq52Metrics.Cli;

/// <summary>The exit codes of <c>nq52</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong inside nq52 (a bug): message and hint on standard error.</summary>
    public const int InternalError = 1;

    /// <summary>The input or the command line is invalid: every problem on standard error (for <c>validate</c>, on standard output).</summary>
    public const int InvalidInput = 2;

    /// <summary><c>check --strict</c>: the claims were checked and at least one is contradicted by the published facts.</summary>
    public const int Contradicted = 3;

    /// <summary>The user stopped a command with Ctrl-C (128 + SIGINT, as shells report it); nothing was written.</summary>
    public const int Cancelled = 130;

    /// <summary>The command was stopped by SIGTERM (128 + 15, as shells report it); nothing was written.</summary>
    public const int Terminated = 143;
}
