using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Data;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// <c>nq52 pii whatif --unit U (--target-rank N [--fixed CODE]… | --set CODE=VALUE…) [--node CODE] [--data D]
/// [--framework F] [--method M.json]</c>: for one province, either the smallest improvements (in normalised points,
/// each indicator capped at the best value among the units) that lift it to a target rank, or its rank after the
/// given changes of its raw indicator values. Every answer is checked by rebuilding the index, and the output says
/// whether the plan is exact (arithmetic aggregation with fixed normalisation bounds) or why not.
/// </summary>
internal static class PiiWhatIfCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="app">Where the command writes.</param>
    /// <returns>The <c>pii whatif</c> command.</returns>
    public static Command Create(CliApp app)
    {
        var inputs = new PiiInputOptions();
        var unit = CommonOptions.RequiredString("--unit", CliTexts.HelpWhatIfUnit, "-u");
        var target = CommonOptions.PositiveWhole("--target-rank", CliTexts.HelpWhatIfTargetRank, "-t");
        var set = new Option<string[]>("--set")
        {
            Description = CliTexts.HelpWhatIfSet,
            AllowMultipleArgumentsPerToken = false,
        };
        var node = CommonOptions.OptionalString("--node", CliTexts.HelpWhatIfNode);
        var fixedIndicators = new Option<string[]>("--fixed")
        {
            Description = CliTexts.HelpWhatIfFixed,
        };
        var command = new Command(
            "whatif",
            CliTexts.HelpWhatIf)
        {
            CommonOptions.Format(),
            inputs, unit, target, set, node, fixedIndicators,
        };
        command.Validators.Add(result =>
        {
            var hasTarget = result.GetResult(target) is not null;
            var hasSet = result.GetResult(set) is not null;
            if (hasTarget == hasSet)
            {
                result.AddError(CliTexts.WhatIfGiveOne);
            }
            else if (hasSet && result.GetResult(fixedIndicators) is not null)
            {
                result.AddError(CliTexts.WhatIfFixedWithSet);
            }
        });
        command.SetAction(parse => Run(
            app,
            inputs.PathsFrom(parse),
            parse.GetRequiredValue(unit),
            parse.GetValue(target),
            parse.GetValue(set) ?? [],
            parse.GetValue(node),
            parse.GetValue(fixedIndicators) ?? []));
        return command;
    }

    private static int Run(CliApp app, PiiInputPaths paths, string unitText, int? targetRank, string[] settings, string? node, string[] fixedIndicators)
    {
        var (changes, problems) = ParseSettings(settings);
        var inputs = PiiInputReading.Read(paths);
        var indicators = inputs.Framework.Indicators.Select(i => i.Code).ToList();
        foreach (var code in changes.Keys.Where(c => !inputs.Framework.TryGetNode(c, out var n) || !n.IsIndicator).Order(StringComparer.Ordinal))
        {
            problems.Add(new ValidationProblem("--set", UnknownIndicator(code, indicators)));
        }

        foreach (var code in fixedIndicators.Select(c => Codes.Normalize(c.Trim())).Where(c => !inputs.Framework.TryGetNode(c, out var n) || !n.IsIndicator).Distinct(StringComparer.Ordinal))
        {
            problems.Add(new ValidationProblem("--fixed", UnknownIndicator(code, indicators)));
        }

        if (node is not null && !inputs.Framework.TryGetNode(Codes.Normalize(node.Trim()), out _))
        {
            var aggregates = inputs.Framework.Nodes.Where(n => !n.IsIndicator).Select(n => n.Code).ToList();
            var closest = CodeSuggestions.Closest(node, aggregates);
            var list = string.Join(", ", aggregates);
            problems.Add(new ValidationProblem("--node", closest.IsEmpty
                ? PiiText.Format(CliTexts.WhatIfNoNode, node, list)
                : PiiText.Format(CliTexts.WhatIfNoNodeSuggest, node, string.Join(", ", closest), list)));
        }

        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems);
        }

        var (unit, known) = PiiUnitLookup.Find(unitText, inputs.Data, VietnamSeeds.Embedded);
        var analysis = new WhatIfAnalysis(inputs.Framework, inputs.Data, inputs.Methodology);
        var name = known?.NameVi ?? unit.Name;
        if (targetRank is { } rank)
        {
            var plan = analysis.PlanToReach(unit.Code, rank, node, new WhatIfOptions { Fixed = [.. fixedIndicators] });
            PiiWhatIfReport.WritePlan(app, inputs, name, plan);
        }
        else
        {
            var outcome = analysis.RankAfter(unit.Code, changes, node);
            PiiWhatIfReport.WriteOutcome(app, inputs, name, analysis, changes, outcome);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The message for an unknown indicator code: the closest codes (<see cref="CodeSuggestions"/>), then every valid
    /// indicator code.
    /// </summary>
    private static string UnknownIndicator(string code, List<string> indicators)
    {
        var closest = CodeSuggestions.Closest(code, indicators);
        var list = string.Join(", ", indicators);
        return closest.IsEmpty
            ? PiiText.Format(CliTexts.WhatIfNoIndicator, code, list)
            : PiiText.Format(CliTexts.WhatIfNoIndicatorSuggest, code, string.Join(", ", closest), list);
    }

    /// <summary>Reads <c>CODE=VALUE</c> pairs, and the problem of every malformed one.</summary>
    private static (ImmutableDictionary<string, double> Values, List<ValidationProblem> Problems) ParseSettings(string[] settings)
    {
        var values = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        var problems = new List<ValidationProblem>();
        foreach (var setting in settings)
        {
            var cut = setting.IndexOf('=', StringComparison.Ordinal);
            var code = cut > 0 ? Codes.Normalize(setting[..cut].Trim()) : "";
            var text = cut > 0 ? setting[(cut + 1)..].Trim() : "";
            if (code.Length == 0)
            {
                problems.Add(new ValidationProblem("--set", PiiText.Format(CliTexts.WhatIfSetForm, setting)));
            }
            else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                problems.Add(new ValidationProblem("--set", PiiText.Format(CliTexts.WhatIfSetNotANumber, code, text)));
            }
            else if (values.ContainsKey(code))
            {
                problems.Add(new ValidationProblem("--set", PiiText.Format(CliTexts.WhatIfSetTwice, code)));
            }
            else
            {
                values[code] = value;
            }
        }

        return (values.ToImmutable(), problems);
    }
}
