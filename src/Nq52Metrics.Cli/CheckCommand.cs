using System.Collections.Immutable;
using System.CommandLine;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 check "&lt;claim&gt;" | --file F | --article [--exclude-source KEY]… [--strict]</c>: the statement checker.
/// Checks one claim, a file of claims or every claim of the seed article against the published facts of the seeds,
/// and prints each claim with its verdict (confirmed, contradicted or unknown; "disputed" when other sources
/// disagree), the reason and the evidence. Exit 0 when the claims were checked, whatever the verdicts; 2 for a
/// malformed claim or claims file; with <c>--strict</c>, <see cref="ExitCodes.Contradicted"/> when some claim is contradicted.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>check</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var claim = new Argument<string[]>("claim")
        {
            Description = CliTexts.HelpCheckClaim,
            Arity = ArgumentArity.ZeroOrMore,
        };
        var file = CommonOptions.OptionalString(
            "--file",
            CliTexts.HelpCheckFile,
            "-f");
        var article = new Option<bool>("--article")
        {
            Description = CliTexts.HelpCheckArticle,
        };
        var exclude = new Option<string[]>("--exclude-source", "-x")
        {
            Description = CliTexts.HelpCheckExcludeSource,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = PiiText.Format(CliTexts.HelpCheckStrict, ExitCodes.Contradicted),
        };
        var command = new Command(
            "check",
            PiiText.Format(CliTexts.HelpCheck, ExitCodes.Contradicted))
        {
            CommonOptions.Format(),
            claim, file, article, exclude, strict,
        };
        command.Validators.Add(result =>
        {
            var given = (result.GetValue(claim) is { Length: > 0 } ? 1 : 0)
                + (result.GetResult(file) is not null ? 1 : 0)
                + (result.GetValue(article) ? 1 : 0);
            if (given != 1)
            {
                result.AddError(CliTexts.CheckGiveOne);
            }
        });
        command.SetAction(parse => Run(
            app,
            string.Join(' ', parse.GetValue(claim) ?? []),
            parse.GetValue(file),
            parse.GetValue(article),
            parse.GetValue(exclude) ?? [],
            parse.GetValue(strict)));
        return command;
    }

    private static int Run(CliApp app, string text, string? file, bool article, string[] excluded, bool strict)
    {
        var seeds = VietnamSeeds.Embedded;
        var unknown = excluded.Where(k => !seeds.Sources.Any(s => s.Key == k)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new Nq52ValidationException(unknown.Select(k => new ValidationProblem(
                "--exclude-source",
                PiiText.Format(CliTexts.CheckUnknownSource, k))));
        }

        var checker = new StatementChecker(seeds);
        ImmutableArray<ClaimCheck> checks;
        if (file is not null)
        {
            checks = checker.CheckAll(ClaimParser.ReadFile(file).Select(c => Excluding(c, excluded)));
        }
        else if (article)
        {
            checks = excluded.Length == 0 ? checker.CheckArticle() : checker.CheckAll(seeds.ArticleClaims.Select(c => Excluding(c, excluded)));
        }
        else
        {
            checks = [excluded.Length == 0 ? checker.Check(text) : checker.Check(text, excluded)];
        }

        CheckReport.Write(app, checks);
        return strict && checks.Any(c => c.Verdict == Verdict.Contradicted) ? ExitCodes.Contradicted : ExitCodes.Ok;
    }

    private static Claim Excluding(Claim claim, string[] excluded) =>
        excluded.Length == 0 ? claim : claim with { Sources = [.. claim.Sources.Union(excluded, StringComparer.Ordinal)] };
}
