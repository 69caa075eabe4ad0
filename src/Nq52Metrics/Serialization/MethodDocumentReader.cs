using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Turns a <see cref="MethodDocument"/> into a <see cref="Methodology"/>: absent keys and fields take
/// <see cref="Methodology.Default"/>'s values, names are looked up, values are checked, and every problem is
/// collected with its line and JSON path before one exception reports them all, in the order of the file.
/// </summary>
internal sealed class MethodDocumentReader
{
    private static readonly Methodology Defaults = Methodology.Default;

    private readonly JsonInput _input;
    private readonly List<(string Path, ValidationProblem Problem)> _problems = [];

    public MethodDocumentReader(JsonInput input)
    {
        _input = input;
    }

    /// <summary>The methodology, or every problem of the file (the schema's and the reader's) together.</summary>
    public Outcome<Methodology> Read(MethodDocument document)
    {
        var methodology = new Methodology
        {
            Denomination = Denomination(document.Denominate),
            Imputation = document.Impute is { } impute ? Imputation(impute) : Defaults.Imputation,
            Screening = document.Screen is { } screen ? Screening(screen) : Defaults.Screening,
            OutlierTreatment = document.Outliers is { } outliers
                ? Outliers(outliers, "outliers", Defaults.OutlierTreatment, allowOverrides: true)
                : Defaults.OutlierTreatment,
            Normalisation = document.Normalise is { } normalise
                ? Normalisation(normalise, "normalise", Defaults.Normalisation, allowOverrides: true)
                : Defaults.Normalisation,
            Aggregation = document.Aggregate is { } aggregate ? Aggregation(aggregate) : Defaults.Aggregation,
            Transform = document.Transform is { } transform ? new TransformSpec(transform) : Defaults.Transform,
            Ranking = document.Ranking is { } ranking ? Ranking(ranking) : Defaults.Ranking,
        };
        var problems = _input.Finish(_problems);
        return problems.Count > 0 ? Outcome<Methodology>.Failure(problems) : Outcome<Methodology>.Success(methodology);
    }

    private DenominationSpec Denomination(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined:
                return Defaults.Denomination;
            case JsonValueKind.True:
                return Defaults.Denomination with { Enabled = true };
            case JsonValueKind.False:
                return Defaults.Denomination with { Enabled = false };
            case JsonValueKind.Object:
                var converted = _input.Convert(element, "denominate", SerializationContext.Default.DenominateDocument);
                if (!converted.TryGetValue(out var document))
                {
                    _problems.AddRange(converted.Problems.Select(p => ("denominate", p)));
                    return Defaults.Denomination;
                }

                var spec = new DenominationSpec(document.Enabled ?? true, document.ScaleFactor ?? Defaults.Denomination.ScaleFactor);
                if (spec.ScaleFactor == 0)
                {
                    Problem("denominate.scaleFactor", nameof(Messages.MethodScaleFactorZero));
                }

                return spec;
            default:
                PlainProblem("denominate", $"expected true, false or an object such as {{\"scaleFactor\": 1000}}, found {Found("denominate")}.");
                return Defaults.Denomination;
        }
    }

    /// <summary>
    /// The <c>impute</c> object: the named method (absent: the default's) with the settings it states. A setting the
    /// method does not take, and an invalid value (a group method without a group column), are problems.
    /// </summary>
    private ImputationSpec Imputation(ImputeDocument document)
    {
        var before = _problems.Count;
        var family = document.Method is { } name ? Name(MethodNames.Imputation, name, "impute.method", Defaults.Imputation.Method) : Defaults.Imputation.Method;
        if (_problems.Count > before)
        {
            // An unknown name: the settings cannot be checked against a method.
            return Defaults.Imputation;
        }

        var allowed = family.Settings;
        foreach (var setting in document.GivenSettings().Where(s => !allowed.Contains(s)))
        {
            if (allowed.Count == 0)
            {
                Problem(JsonPaths.Append("impute", setting), nameof(Messages.MethodSettingTakesNone), family.Name);
            }
            else
            {
                Problem(JsonPaths.Append("impute", setting), nameof(Messages.MethodSettingNotApplicable), family.Name, string.Join(", ", allowed));
            }
        }

        var method = family.WithSettings(document);
        if (method.Problem() is { } invalid)
        {
            var path = JsonPaths.Append("impute", invalid.Setting);
            _problems.Add((path, invalid.At(_input.Where(path))));
        }

        return new ImputationSpec(method);
    }

    private Ranking.RankingSpec Ranking(RankingDocument document)
    {
        var ties = document.Ties is { } name ? Name(MethodNames.Ties, name, "ranking.ties", Defaults.Ranking.Ties) : Defaults.Ranking.Ties;
        return new Ranking.RankingSpec(ties, document.Decimals);
    }

    private ScreeningSpec Screening(ScreenDocument document)
    {
        var threshold = document.MinDataAvailability ?? Defaults.Screening.MinDataAvailability;
        if (threshold is < 0 or > 1)
        {
            Problem("screen.minDataAvailability", nameof(Messages.MethodScreenThreshold), threshold);
        }

        return new ScreeningSpec(threshold);
    }

    private OutlierTreatmentSpec Outliers(OutliersDocument document, string path, OutlierTreatmentSpec start, bool allowOverrides)
    {
        var spec = start with
        {
            Method = document.Method is { } method ? Name(MethodNames.Outliers, method, $"{path}.method", start.Method) : start.Method,
            SkewThreshold = document.Skew ?? start.SkewThreshold,
            KurtosisThreshold = document.Kurtosis ?? start.KurtosisThreshold,
            Strict = document.Strict ?? start.Strict,
            MaxWinsorised = document.MaxWinsorised ?? start.MaxWinsorised,
            Log = document.Log is { } log ? Name(MethodNames.Log, log, $"{path}.log", start.Log) : start.Log,
            Overrides = ImmutableDictionary<string, OutlierTreatmentSpec>.Empty,
        };
        // Only values stated here are checked here; inherited ones were checked where they were stated.
        if (document.Skew is not null && spec.SkewThreshold <= 0)
        {
            Problem($"{path}.skew", nameof(Messages.MethodSkewNotPositive), spec.SkewThreshold);
        }

        if (document.MaxWinsorised is not null && spec.MaxWinsorised < 0)
        {
            Problem($"{path}.maxWinsorised", nameof(Messages.MethodMaxWinsorisedNegative), spec.MaxWinsorised);
        }

        if (document.Overrides is not { } overrides)
        {
            return allowOverrides ? spec with { Overrides = start.Overrides } : spec;
        }

        var overridesPath = JsonPaths.Append(path, "overrides");
        if (!allowOverrides)
        {
            Problem(overridesPath, nameof(Messages.MethodNestedOverrides));
            return spec;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, OutlierTreatmentSpec>(StringComparer.Ordinal);
        foreach (var (code, over) in overrides)
        {
            var overPath = JsonPaths.Append(overridesPath, code);
            if (string.IsNullOrWhiteSpace(code))
            {
                Problem(overPath, nameof(Messages.MethodOverrideCodeEmpty));
                continue;
            }

            // An override starts from the settings around it, so it only needs to state what differs.
            builder[code] = Outliers(over, overPath, spec, allowOverrides: false);
        }

        return spec with { Overrides = builder.ToImmutable() };
    }

    private NormalisationMethod Normalisation(NormaliseDocument document, string path, NormalisationMethod start, bool allowOverrides)
    {
        var family = start.GetType();
        if (document.Method is { } name && !MethodNames.Normalisation.TryParse(name, out family))
        {
            PlainProblem(JsonPaths.Append(path, "method"), MethodNames.Normalisation.Unknown(name));
            return start;
        }

        var familyName = MethodNames.Normalisation.NameOf(family);
        (string Name, bool Given)[] settings =
        [
            ("lower", document.Lower is not null),
            ("upper", document.Upper is not null),
            ("mean", document.Mean is not null),
            ("sd", document.Sd is not null),
            ("scale", document.Scale is not null),
            ("truncate", document.Truncate is not null),
            ("capAtOne", document.CapAtOne is not null),
            ("centre", document.Centre is not null),
            ("reference", document.Reference.ValueKind != JsonValueKind.Undefined),
            ("threshold", document.Threshold is not null),
        ];
        // The same family continues from the settings around it (so an override states only what differs); another starts from its defaults.
        var from = start.GetType() == family ? start with { Overrides = ImmutableDictionary<string, NormalisationMethod>.Empty } : FamilyDefault(family);
        var method = from.WithSettings(document) with { Pooled = allowOverrides && (document.Pooled ?? start.Pooled) };
        var allowed = from.Settings;
        foreach (var (setting, _) in settings.Where(s => s.Given && !allowed.Contains(s.Name)))
        {
            if (allowed.Count == 0)
            {
                Problem(JsonPaths.Append(path, setting), nameof(Messages.MethodSettingTakesNone), familyName);
            }
            else
            {
                Problem(JsonPaths.Append(path, setting), nameof(Messages.MethodSettingNotApplicable), familyName, string.Join(", ", allowed));
            }
        }

        if (allowed.Contains("reference") && NormalisationReference.FromElement(document.Reference).Problem is { } badReference)
        {
            PlainProblem(JsonPaths.Append(path, "reference"), badReference);
        }
        else if (method.Problem() is { } invalid)
        {
            PlainProblem(path, invalid);
        }

        if (!allowOverrides && document.Pooled is not null)
        {
            PlainProblem(JsonPaths.Append(path, "pooled"), "pooling applies to the whole normalisation; set it on normalise itself, not in an override.");
        }

        if (document.Overrides is not { } overrides)
        {
            return allowOverrides ? method with { Overrides = start.Overrides } : method;
        }

        var overridesPath = JsonPaths.Append(path, "overrides");
        if (!allowOverrides)
        {
            PlainProblem(overridesPath, "overrides cannot be nested; put every indicator's method directly under normalise.overrides.");
            return method;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, NormalisationMethod>(StringComparer.Ordinal);
        foreach (var (code, over) in overrides)
        {
            var overPath = JsonPaths.Append(overridesPath, code);
            if (string.IsNullOrWhiteSpace(code))
            {
                Problem(overPath, nameof(Messages.MethodOverrideCodeEmpty));
                continue;
            }

            builder[code] = Normalisation(over, overPath, method, allowOverrides: false);
        }

        return method with { Overrides = builder.ToImmutable() };
    }

    private AggregationSpec Aggregation(AggregateDocument document)
    {
        var method = document.Method is null && document.Power is null && document.Penalty is null
            ? Defaults.Aggregation.Method
            : AggregationMethod(
                new AggregationMethodDocument { Method = document.Method ?? Defaults.Aggregation.Method.Name, Power = document.Power, Penalty = document.Penalty },
                "aggregate",
                "aggregate.method");
        var byLevel = Defaults.Aggregation.ByLevel;
        if (document.ByLevel is { } levels)
        {
            var builder = ImmutableDictionary.CreateBuilder<int, AggregationMethod>();
            foreach (var (key, value) in levels)
            {
                var path = JsonPaths.Append("aggregate.byLevel", key);
                var levelMethod = AggregationMethod(value, path, method);
                if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 2)
                {
                    Problem(path, nameof(Messages.MethodAggregateLevelKey), ProblemText.Quote(key));
                    continue;
                }

                builder[level] = levelMethod;
            }

            byLevel = builder.ToImmutable();
        }

        var byNode = Defaults.Aggregation.ByNode;
        if (document.ByNode is { } nodes)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, AggregationMethod>(StringComparer.Ordinal);
            foreach (var (code, value) in nodes)
            {
                var path = JsonPaths.Append("aggregate.byNode", code);
                var nodeMethod = AggregationMethod(value, path, method);
                if (string.IsNullOrWhiteSpace(code))
                {
                    PlainProblem(path, "the node code is empty.");
                    continue;
                }

                builder[Codes.Normalize(code)!] = nodeMethod;
            }

            byNode = builder.ToImmutable();
        }

        var threshold = document.MinDataAvailability ?? Defaults.Aggregation.MinDataAvailability;
        if (threshold is { } t && t is <= 0 or > 1)
        {
            Problem("aggregate.minDataAvailability", nameof(Messages.MethodAggregateThreshold), t);
        }

        return new AggregationSpec(method) { ByLevel = byLevel, ByNode = byNode, MinDataAvailability = threshold };
    }

    /// <summary>A per-level or per-node method: a name, or an object with the method and its settings.</summary>
    private AggregationMethod AggregationMethod(JsonElement element, string path, AggregationMethod fallback)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return AggregationMethod(new AggregationMethodDocument { Method = element.GetString() }, path, path);
            case JsonValueKind.Object:
                var converted = _input.Convert(element, path, SerializationContext.Default.AggregationMethodDocument);
                if (!converted.TryGetValue(out var document))
                {
                    _problems.AddRange(converted.Problems.Select(p => (path, p)));
                    return fallback;
                }

                if (document.Method is null)
                {
                    PlainProblem(path, $"the method is missing; give one of {MethodNames.Aggregation.Choices}.");
                    return fallback;
                }

                return AggregationMethod(document, path, JsonPaths.Append(path, "method"));
            default:
                PlainProblem(path, $"expected a method name or an object such as {{\"method\": \"generalisedMean\", \"power\": 0.5}}, found {Found(path)}.");
                return fallback;
        }
    }

    /// <summary>The method a name and settings describe; settings that do not apply, and invalid values, are problems.</summary>
    private AggregationMethod AggregationMethod(AggregationMethodDocument document, string path, string namePath)
    {
        if (!MethodNames.Aggregation.TryParse(document.Method!, out var family))
        {
            PlainProblem(namePath, MethodNames.Aggregation.Unknown(document.Method!));
            return Defaults.Aggregation.Method;
        }

        (string Name, bool Given)[] settings = [("power", document.Power is not null), ("penalty", document.Penalty is not null)];
        var allowed = family.Settings;
        foreach (var (setting, _) in settings.Where(s => s.Given && !allowed.Contains(s.Name)))
        {
            if (allowed.Count == 0)
            {
                Problem(JsonPaths.Append(path, setting), nameof(Messages.MethodSettingTakesNone), family.Name);
            }
            else
            {
                Problem(JsonPaths.Append(path, setting), nameof(Messages.MethodSettingNotApplicable), family.Name, string.Join(", ", allowed));
            }
        }

        if (document.Penalty is { } penalty && allowed.Contains("penalty") && !MazziottaParetoAggregation.PenaltyNames.Contains(penalty))
        {
            PlainProblem(JsonPaths.Append(path, "penalty"), $"unknown penalty {ProblemText.Quote(penalty)}; use {string.Join(" or ", MazziottaParetoAggregation.PenaltyNames)}.");
            return family;
        }

        var method = family.WithSettings(document);
        if (method.Problem() is { } invalid)
        {
            PlainProblem(path, invalid);
        }

        return method;
    }

    private static NormalisationMethod FamilyDefault(Type family) => NormalisationMethod.Families.First(f => f.GetType() == family);

    private T Name<T>(NameTable<T> table, string name, string path, T fallback)
        where T : notnull
    {
        if (table.TryParse(name, out var value))
        {
            return value;
        }

        PlainProblem(path, table.Unknown(name));
        return fallback;
    }

    private string Found(string path) => _input.Outline.TryGet(path, out var entry) ? entry.Describe() : "another value";

    private void PlainProblem(string path, string message) =>
        _problems.Add((path, new ValidationProblem(_input.Where(path), message)));

    /// <summary>A problem at <paramref name="path"/> whose message is the translation <paramref name="key"/> (<c>nameof(Messages.X)</c>).</summary>
    private void Problem(string path, string key, params object[] arguments) =>
        _problems.Add((path, ProblemMessages.Problem(_input.Where(path), key, arguments)));

}
