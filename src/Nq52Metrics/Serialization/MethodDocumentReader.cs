using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Nq52Metrics.Construction;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Turns a <see cref="MethodDocument"/> into a <see cref="Methodology"/>: absent keys and fields take
/// <see cref="Methodology.Default"/>'s values and names are looked up. Types, names and ranges of single values are
/// the schema's (schemas/method.schema.json, checked before this reader runs); the reader adds the rules that span
/// fields (a setting that does not apply to the chosen method, bounds that must differ), and every problem is
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

                return new DenominationSpec(document.Enabled ?? true, document.ScaleFactor ?? Defaults.Denomination.ScaleFactor);
            default:
                // The schema refuses any other value before the reader runs.
                return Defaults.Denomination;
        }
    }

    /// <summary>
    /// The <c>impute</c> object: the named method (absent: the default's) with the settings it states. A setting the
    /// method does not take, and an invalid value (a group method without a group column), are problems.
    /// </summary>
    private ImputationSpec Imputation(ImputeDocument document)
    {
        var family = Defaults.Imputation.Method;
        if (document.Method is { } name && !MethodNames.Imputation.TryParse(name, out family))
        {
            // An unknown name (the schema's problem): the settings cannot be checked against a method.
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

    private static ScreeningSpec Screening(ScreenDocument document) =>
        new(document.MinDataAvailability ?? Defaults.Screening.MinDataAvailability);

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
        // The schema allows overrides only directly under outliers, with codes that are not blank.
        if (document.Overrides is not { } overrides || !allowOverrides)
        {
            return allowOverrides ? spec with { Overrides = start.Overrides } : spec;
        }

        var overridesPath = JsonPaths.Append(path, "overrides");
        var builder = ImmutableDictionary.CreateBuilder<string, OutlierTreatmentSpec>(StringComparer.Ordinal);
        foreach (var (code, over) in overrides)
        {
            // An override starts from the settings around it, so it only needs to state what differs.
            builder[code] = Outliers(over, JsonPaths.Append(overridesPath, code), spec, allowOverrides: false);
        }

        return spec with { Overrides = builder.ToImmutable() };
    }

    private NormalisationMethod Normalisation(NormaliseDocument document, string path, NormalisationMethod start, bool allowOverrides)
    {
        var family = start.GetType();
        if (document.Method is { } name && !MethodNames.Normalisation.TryParse(name, out family))
        {
            // The schema names the unknown method; settings are not checked against a method that is not there.
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

        // The method's own check (bounds that must differ, a reference it needs) adds what the schema cannot see;
        // where the schema already found a value of this method wrong, that is the problem to fix first.
        if (!_input.SchemaFoundIn(path))
        {
            if (allowed.Contains("reference") && NormalisationReference.FromElement(document.Reference).Problem is { } badReference)
            {
                Problem(JsonPaths.Append(path, "reference"), badReference);
            }
            else if (method.Problem() is { } invalid)
            {
                Problem(path, invalid);
            }
        }

        // The schema allows overrides (and pooled) only directly under normalise, with codes that are not blank.
        if (document.Overrides is not { } overrides || !allowOverrides)
        {
            return allowOverrides ? method with { Overrides = start.Overrides } : method;
        }

        var overridesPath = JsonPaths.Append(path, "overrides");
        var builder = ImmutableDictionary.CreateBuilder<string, NormalisationMethod>(StringComparer.Ordinal);
        foreach (var (code, over) in overrides)
        {
            builder[code] = Normalisation(over, JsonPaths.Append(overridesPath, code), method, allowOverrides: false);
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

                // The schema allows only whole numbers of 2 or more with at most nine digits as keys.
                if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                {
                    builder[level] = levelMethod;
                }
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
                // The schema refuses blank codes.
                builder[Codes.Normalize(code)!] = AggregationMethod(value, path, method);
            }

            byNode = builder.ToImmutable();
        }

        var threshold = document.MinDataAvailability ?? Defaults.Aggregation.MinDataAvailability;
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

                // The schema requires the method in an object, and refuses any other kind of value.
                return document.Method is null ? fallback : AggregationMethod(document, path, JsonPaths.Append(path, "method"));
            default:
                return fallback;
        }
    }

    /// <summary>The method a name and settings describe; settings that do not apply, and invalid values, are problems.</summary>
    private AggregationMethod AggregationMethod(AggregationMethodDocument document, string path, string namePath)
    {
        if (!MethodNames.Aggregation.TryParse(document.Method!, out var family))
        {
            // The schema names the unknown method.
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
            // The schema names the unknown penalty.
            return family;
        }

        var method = family.WithSettings(document);
        if (!_input.SchemaFoundIn(path) && method.Problem() is { } invalid)
        {
            Problem(path, invalid);
        }

        return method;
    }

    private static NormalisationMethod FamilyDefault(Type family) => NormalisationMethod.Families.First(f => f.GetType() == family);

    /// <summary>The value of a name; an unknown one is the schema's problem at <paramref name="path"/> (its enum lists the same names).</summary>
    private T Name<T>(NameTable<T> table, string name, string path, T fallback)
        where T : notnull
    {
        if (table.TryParse(name, out var value))
        {
            return value;
        }

        System.Diagnostics.Debug.Assert(_input.SchemaFoundIn(path), $"The schema's enum at {path} should list the same names as the reader.");
        return fallback;
    }

    private string Found(string path) => _input.Outline.TryGet(path, out var entry) ? entry.Describe().ToString()! : "another value";

    /// <summary>A problem at <paramref name="path"/> whose message a method's own check gave.</summary>
    private void Problem(string path, MessageText message) =>
        _problems.Add((path, message.At(_input.Where(path))));

    /// <summary>A problem at <paramref name="path"/> whose message is the translation <paramref name="key"/> (<c>nameof(Messages.X)</c>).</summary>
    private void Problem(string path, string key, params object[] arguments) =>
        _problems.Add((path, ProblemMessages.Problem(_input.Where(path), key, arguments)));

}
