using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The method file as written on disk (camelCase JSON; see docs/formats.md). Every key is optional; an absent
/// key (or an absent field of a step object) takes the value of <see cref="Construction.Methodology.Default"/>.
/// Method names stay strings here and are checked when the document becomes a
/// <see cref="Construction.Methodology"/>.
/// </summary>
internal sealed class MethodDocument
{
    /// <summary><c>true</c>, <c>false</c> or a <see cref="DenominateDocument"/> object; undefined when absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement Denominate { get; init; }

    /// <summary>Whether each indicator's framework transform is applied (default true).</summary>
    public bool? Transform { get; init; }

    /// <summary>The imputation step.</summary>
    public ImputeDocument? Impute { get; init; }

    /// <summary>The screening step.</summary>
    public ScreenDocument? Screen { get; init; }

    /// <summary>The outlier step.</summary>
    public OutliersDocument? Outliers { get; init; }

    /// <summary>The normalisation step.</summary>
    public NormaliseDocument? Normalise { get; init; }

    /// <summary>The aggregation step.</summary>
    public AggregateDocument? Aggregate { get; init; }

    /// <summary>The ranking step.</summary>
    public RankingDocument? Ranking { get; init; }
}

/// <summary>The object form of <c>denominate</c>.</summary>
internal sealed class DenominateDocument
{
    /// <summary>Whether to denominate (default true).</summary>
    public bool? Enabled { get; init; }

    /// <summary>Multiplier applied after dividing.</summary>
    public double? ScaleFactor { get; init; }
}

/// <summary>The <c>impute</c> object; which settings apply depends on the method (see <see cref="Construction.ImputationMethod"/>).</summary>
internal sealed class ImputeDocument
{
    /// <summary>One of the names of <see cref="MethodNames.Imputation"/>.</summary>
    public string? Method { get; init; }

    /// <summary>groupMean, groupMedian: the group column; a string, <c>null</c> (no group column, accepted for any method) or undefined when absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement Group { get; init; }

    /// <summary>The settings the object states (a <c>null</c> group states none).</summary>
    public IEnumerable<string> GivenSettings()
    {
        if (Group.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            yield return "group";
        }
    }
}

/// <summary>The <c>screen</c> object.</summary>
internal sealed class ScreenDocument
{
    /// <summary>Minimum share of available indicator values, in [0, 1].</summary>
    public double? MinDataAvailability { get; init; }
}

/// <summary>The <c>outliers</c> object (also the shape of each per-indicator override).</summary>
internal sealed class OutliersDocument
{
    /// <summary>skewKurtosis or none.</summary>
    public string? Method { get; init; }

    /// <summary>Absolute skewness threshold.</summary>
    public double? Skew { get; init; }

    /// <summary>Excess kurtosis threshold.</summary>
    public double? Kurtosis { get; init; }

    /// <summary>Treat only when both thresholds are exceeded (true) or reached (false).</summary>
    public bool? Strict { get; init; }

    /// <summary>Maximum number of winsorised points.</summary>
    public int? MaxWinsorised { get; init; }

    /// <summary>ct, gii or none.</summary>
    public string? Log { get; init; }

    /// <summary>Per-indicator settings, by indicator code.</summary>
    public IReadOnlyDictionary<string, OutliersDocument>? Overrides { get; init; }
}

/// <summary>The <c>normalise</c> object (also the shape of each per-indicator override); which settings apply depends on the method.</summary>
internal sealed record NormaliseDocument
{
    /// <summary>One of the names of <see cref="MethodNames.Normalisation"/>.</summary>
    public string? Method { get; init; }

    /// <summary>minMax: value of the worst unit.</summary>
    public double? Lower { get; init; }

    /// <summary>minMax: value of the best unit.</summary>
    public double? Upper { get; init; }

    /// <summary>zScore: mean of the result.</summary>
    public double? Mean { get; init; }

    /// <summary>zScore: standard deviation of the result.</summary>
    public double? Sd { get; init; }

    /// <summary>goalposts: multiplier of the result; scaled: the divisor.</summary>
    public double? Scale { get; init; }

    /// <summary>scaled: the value that maps to 0.</summary>
    public double? Centre { get; init; }

    /// <summary>ratio, relativeDifference: <c>"max"</c>, <c>"min"</c>, <c>"mean"</c>, <c>"median"</c>, <c>{"unit": "CODE"}</c> or a number; undefined when absent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement Reference { get; init; }

    /// <summary>aboveBelowMean: the half-width of the neutral band as a share of the mean.</summary>
    public double? Threshold { get; init; }

    /// <summary>goalposts: clamp to the goalposts.</summary>
    public bool? Truncate { get; init; }

    /// <summary>distanceToTarget: cap at 1.</summary>
    public bool? CapAtOne { get; init; }

    /// <summary>Any method, panel data: statistics over all periods together (default false: each period on its own).</summary>
    public bool? Pooled { get; init; }

    /// <summary>Per-indicator methods, by indicator code.</summary>
    public IReadOnlyDictionary<string, NormaliseDocument>? Overrides { get; init; }
}

/// <summary>The <c>aggregate</c> object.</summary>
internal sealed class AggregateDocument
{
    /// <summary>The default method's name (see <see cref="Construction.AggregationMethod"/>).</summary>
    public string? Method { get; init; }

    /// <summary>generalisedMean: the power r.</summary>
    public double? Power { get; init; }

    /// <summary>mazziottaPareto: negative or positive.</summary>
    public string? Penalty { get; init; }

    /// <summary>Method by aggregate level ("2", "3", …): a name, or an object like <see cref="AggregationMethodDocument"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? ByLevel { get; init; }

    /// <summary>Method by aggregate node code: a name, or an object like <see cref="AggregationMethodDocument"/>.</summary>
    public IReadOnlyDictionary<string, JsonElement>? ByNode { get; init; }

    /// <summary>Minimum share of available children, in (0, 1]; absent or null = no threshold.</summary>
    public double? MinDataAvailability { get; init; }
}

/// <summary>One aggregation method with its settings, e.g. <c>{"method": "generalisedMean", "power": 0.5}</c>.</summary>
internal sealed class AggregationMethodDocument
{
    /// <summary>The method's name.</summary>
    public string? Method { get; init; }

    /// <summary>generalisedMean: the power r.</summary>
    public double? Power { get; init; }

    /// <summary>mazziottaPareto: negative or positive.</summary>
    public string? Penalty { get; init; }
}

/// <summary>The <c>ranking</c> object.</summary>
internal sealed class RankingDocument
{
    /// <summary>competition, dense, average or ordinal.</summary>
    public string? Ties { get; init; }

    /// <summary>Rank scores rounded half-up to this many decimals (0–12); null ranks unrounded scores.</summary>
    public int? Decimals { get; init; }
}
