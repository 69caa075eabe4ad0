using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using Nq52Metrics.Localization;
using Spectre.Console;

namespace Nq52Metrics.Cli;

/// <summary>
/// The <c>nq52</c> application: parses the arguments, runs the command and turns every failure into an exit code
/// (<see cref="ExitCodes"/>) and a message — never a stack trace unless <c>--verbose</c> or <c>NQ52_DEBUG=1</c>
/// asks for one. All output goes to the writers it is given, so commands can run in-process.
/// </summary>
internal sealed class CliApp
{
    /// <summary>The environment variable that turns on stack traces for internal errors (value <c>1</c>).</summary>
    public const string DebugVariable = "NQ52_DEBUG";

    /// <summary>
    /// Test seam: milliseconds to wait, while a results file is half written, before it is completed (so a test can
    /// interrupt the write). Read only here; unset in normal use.
    /// </summary>
    public const string WritePauseVariable = "NQ52_TEST_WRITE_PAUSE_MS";

    /// <summary>The environment variable choosing the language of the output (<c>en</c> or <c>vi</c>) when <c>--lang</c> is not given.</summary>
    public const string LanguageVariable = "NQ52_LANG";

    private readonly Func<string, string?> _environment;
    private readonly bool _outputIsTerminal;
    private readonly StopSignals? _stop;
    private readonly TextWriter _standardOutput;
    private readonly List<MachineTable> _tables = [];
    private OutputFormat _format = OutputFormat.Table;
    private string? _sampleNotice;

    /// <summary>Creates the application.</summary>
    /// <param name="output">Standard output (tables, results).</param>
    /// <param name="error">Standard error (problems, errors).</param>
    /// <param name="environment">Reads an environment variable (default: none set).</param>
    /// <param name="outputIsTerminal">True when <paramref name="output"/> is an interactive terminal (enables colour and its width).</param>
    /// <param name="stop">Ctrl-C and SIGTERM (default: nothing stops the commands).</param>
    public CliApp(TextWriter output, TextWriter error, Func<string, string?>? environment = null, bool outputIsTerminal = false, StopSignals? stop = null)
    {
        _standardOutput = output;
        Error = error;
        _environment = environment ?? (_ => null);
        _outputIsTerminal = outputIsTerminal;
        _stop = stop;
    }

    /// <summary>
    /// Where reports write their text: standard output, except under <c>--format csv|json</c>, where standard output
    /// holds only the tables (<see cref="MachineOutput"/>) and the text goes to standard error.
    /// </summary>
    public TextWriter Output => _format == OutputFormat.Table ? _standardOutput : Error;

    /// <summary>The format the running command shows its tables in (<c>--format</c>; default <see cref="OutputFormat.Table"/>).</summary>
    public OutputFormat Format => _format;

    /// <summary>The sample notice when the running command works on sample data (<see cref="MarkSample"/>), else null.</summary>
    public string? SampleNotice => _sampleNotice;

    /// <summary>Sets the format of the running command's tables; called once, before the command writes anything.</summary>
    /// <param name="format">The format.</param>
    public void UseFormat(OutputFormat format) => _format = format;

    /// <summary>
    /// Declares that what the running command shows is built from sample data: machine-readable output carries the
    /// label (<c>DataStatus</c> column, <c>dataStatus</c> key). Text output prints the notice itself.
    /// </summary>
    /// <param name="notice">The notice to carry, made in English for programs under <c>--format csv|json</c>.</param>
    public void MarkSample(Func<string> notice)
    {
        using var programs = ForPrograms();
        _sampleNotice ??= notice();
    }

    /// <summary>
    /// The language of what the running command prints (<c>--lang</c>, else <see cref="LanguageVariable"/>, else
    /// English). Commands run with its culture as the current culture and UI culture, so headers come from the
    /// translations (<see cref="CliTexts"/>) and numbers read the language's way on screen; files stay invariant.
    /// </summary>
    public DisplayLanguage Language { get; private set; } = DisplayLanguage.English;

    /// <summary>The options of the charts <c>--plot</c> draws: default size, labels in <see cref="Language"/>.</summary>
    public Charts.ChartOptions ChartOptions => new() { Language = Language };

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Cancelled when Ctrl-C or SIGTERM asks the running command to stop.</summary>
    public CancellationToken StopToken => _stop?.Token ?? CancellationToken.None;

    /// <summary>
    /// Declares that the running command observes <see cref="StopToken"/> (it writes files and must not be killed
    /// half-way) until the scope is disposed; other commands end at once on Ctrl-C or SIGTERM.
    /// </summary>
    /// <returns>The scope.</returns>
    public IDisposable HandleStops() => _stop?.Handle() ?? StopSignals.Unobserved;

    /// <summary>The exit code of a stopped command: 130 after Ctrl-C, 143 after SIGTERM.</summary>
    public int StoppedExitCode => _stop?.ExitCode ?? ExitCodes.Cancelled;

    /// <summary>The pause of <see cref="WritePauseVariable"/> (zero when unset or not a whole number of milliseconds).</summary>
    public TimeSpan WritePause =>
        int.TryParse(_environment(WritePauseVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.Zero;

    /// <summary>Runs <c>nq52</c> with its commands.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The exit code.</returns>
    public int Run(IReadOnlyList<string> args) => Run(args, Commands());

    /// <summary>The commands, created only when enumerated: after the language is chosen, so their help is in it.</summary>
    private IEnumerable<Command> Commands()
    {
        yield return BuildCommand.Create(this);
        yield return ValidateCommand.Create(this);
        yield return UncertaintyCommand.Create(this);
        yield return AuditCommand.Create(this);
        yield return PiiCommand.Create(this);
        yield return CheckCommand.Create(this);
        yield return DeCommand.Create(this);
        yield return ProvinceCommand.Create(this);
        yield return ReportCommand.Create(this);
    }

    /// <summary>Runs a root command holding the given commands (tests use it to exercise the error handling).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="commands">The sub-commands.</param>
    /// <returns>The exit code.</returns>
    internal int Run(IReadOnlyList<string> args, IEnumerable<Command> commands)
    {
        // The language is known before the commands are built and the arguments parsed, so the help texts and the
        // parser's own messages (e.g. of --top) are translated too; an invalid --lang is left to the parser, which
        // reports it in English.
        var option = LanguageArgument(args);
        var variable = _environment(LanguageVariable);
        if (option is null && !string.IsNullOrWhiteSpace(variable) && !DisplayLanguage.TryParse(variable, out _))
        {
            Error.WriteLine($"error: {LanguageVariable} must be en or vi, not {ProblemText.Quote(variable)}.");
            return ExitCodes.InvalidInput;
        }

        Language = DisplayLanguage.TryParse(option, out var named) ? named
            : option is null && DisplayLanguage.TryParse(variable, out var fromVariable) ? fromVariable
            : DisplayLanguage.English;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = Language.Culture;
        CultureInfo.CurrentUICulture = Language.Culture;
        try
        {
            var verbose = new Option<bool>("--verbose")
            {
                Description = CliTexts.HelpVerbose,
                Recursive = true,
            };
            var language = new Option<string?>("--lang")
            {
                Description = PiiText.Format(CliTexts.HelpLang, LanguageVariable),
                Recursive = true,
                HelpName = "en|vi",
            };
            language.Validators.Add(result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (!DisplayLanguage.TryParse(token, out _))
                {
                    result.AddError($"--lang must be en or vi, not \"{token}\".");
                }
            });
            var root = new RootCommand(CliTexts.HelpRoot) { verbose, language };
            foreach (var builtIn in root.Options)
            {
                builtIn.Description = builtIn switch
                {
                    System.CommandLine.Help.HelpOption => CliTexts.HelpHelp,
                    VersionOption => CliTexts.HelpVersion,
                    _ => builtIn.Description,
                };
            }

            foreach (var command in commands)
            {
                root.Subcommands.Add(command);
            }

            var parse = root.Parse(args);
            if (parse.Action is ParseErrorAction)
            {
                foreach (var problem in parse.Errors)
                {
                    Error.WriteLine(PiiText.Format(CliTexts.ErrorLine, ParseErrorText.Translate(problem.Message, Language)));
                }

                Error.WriteLine(CliTexts.UsageHint);
                return ExitCodes.InvalidInput;
            }

            return Invoke(parse, verbose);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>The value of <c>--lang</c> among the arguments (<c>--lang vi</c> or <c>--lang=vi</c>), or null when not given.</summary>
    private static string? LanguageArgument(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang")
            {
                return i + 1 < args.Count ? args[i + 1] : "";
            }

            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
            {
                return args[i][7..];
            }
        }

        return null;
    }

    private int Invoke(ParseResult parse, Option<bool> verbose)
    {
        if (parse.CommandResult.Command.Options.OfType<Option<OutputFormat>>().FirstOrDefault() is { } format)
        {
            UseFormat(parse.GetValue(format));
        }

        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = Output, Error = Error, EnableDefaultExceptionHandler = false });
            if (_format != OutputFormat.Table && code is (ExitCodes.Ok or ExitCodes.Contradicted))
            {
                using var programs = ForPrograms();
                MachineOutput.Write(_standardOutput, _format, _tables, _sampleNotice);
            }

            return code;
        }
        catch (Nq52ValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                Error.WriteLine(PiiText.Format(CliTexts.ErrorLine, problem.ToString(Language)));
            }

            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            Error.WriteLine(CliTexts.Cancelled);
            return StoppedExitCode;
        }
        catch (Exception e)
        {
            // Whatever else fails is a bug: the command line still ends with a message and an exit code.
            Error.WriteLine(PiiText.Format(CliTexts.InternalError, e.GetType().Name, e.Message));
            if (parse.GetValue(verbose) || _environment(DebugVariable) == "1")
            {
                Error.WriteLine(e.ToString());
            }
            else
            {
                Error.WriteLine(PiiText.Format(CliTexts.InternalErrorHint, DebugVariable));
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// Under <c>--format csv|json</c>, switches to English and the invariant number form until disposed: a report builds
    /// its tables inside this scope, so the tables for programs are the same bytes whatever <c>--lang</c>, while its
    /// notes on standard error stay in <see cref="Language"/>. Does nothing for text tables, which are in the language.
    /// </summary>
    /// <returns>The scope that restores the culture.</returns>
    internal IDisposable ForPrograms() => _format == OutputFormat.Table ? StopSignals.Unobserved : new CultureScope(DisplayLanguage.English.Culture);

    /// <summary>Sets the current culture and UI culture until disposed, then restores the previous ones.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }

    /// <summary>
    /// A console for rich output (tables) on <see cref="Output"/>; plain text unless the output is a terminal. Under
    /// <c>--format csv|json</c> it keeps the tables for the machine-readable output and writes the rest to standard error.
    /// </summary>
    internal IAnsiConsole CreateConsole()
    {
        if (_format != OutputFormat.Table)
        {
            // Every column of every table is kept: the machine output is never cut to a terminal's width.
            return new TableCollectingConsole(PlainConsole(Error, 100_000), _tables.Add);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = _outputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _outputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Output),
        });
        if (!_outputIsTerminal)
        {
            // Files and pipes have no width; allow wide tables rather than wrapping names.
            console.Profile.Width = 200;
        }

        return console;
    }

    /// <summary>A console writing plain text (no colour, no ANSI codes) of the given width to a writer.</summary>
    /// <param name="writer">Where it writes.</param>
    /// <param name="width">Its width in characters.</param>
    /// <returns>The console.</returns>
    internal static IAnsiConsole PlainConsole(TextWriter writer, int width)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
