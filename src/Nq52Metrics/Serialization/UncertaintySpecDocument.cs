using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The uncertainty spec file as written on disk (camelCase JSON; see docs/formats.md). Every key is optional; an
/// absent key takes the default of <see cref="Uncertainty.UncertaintySpec"/>. Names stay strings here and are checked
/// when the document becomes a spec.
/// </summary>
internal sealed class UncertaintySpecDocument
{
    /// <summary>Number of runs (UA) or base sample size N (SA).</summary>
    public int? Runs { get; init; }

    /// <summary>A whole number from 0 to 2⁶⁴ − 1; undefined when absent (read as a JSON element so the range can be checked).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public JsonElement Seed { get; init; }

    /// <summary><c>UA</c> or <c>SA</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The analysed node's code.</summary>
    public string? Target { get; init; }

    /// <summary>What varies in the weights.</summary>
    public UncertaintyWeightsDocument? Weights { get; init; }

    /// <summary>The alternatives of the construction steps.</summary>
    public UncertaintyAlternativesDocument? Alternatives { get; init; }

    /// <summary>Bootstrap resamples of the sensitivity indices.</summary>
    public int? Bootstrap { get; init; }

    /// <summary>Draw each run's alternatives from a scrambled Sobol' sequence.</summary>
    public bool? QuasiRandom { get; init; }

    /// <summary>Maximum threads.</summary>
    public int? Threads { get; init; }
}

/// <summary>The <c>weights</c> object: noise by level, or explicit weight sets.</summary>
internal sealed class UncertaintyWeightsDocument
{
    /// <summary>Noise factor φ by level (<c>"2"</c>, <c>"3"</c>, …).</summary>
    public IReadOnlyDictionary<string, double>? Noise { get; init; }

    /// <summary>Number of noisy weight sets drawn up front.</summary>
    public int? Sets { get; init; }

    /// <summary>Explicit weight sets, each a map node code → weight.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double>>? Explicit { get; init; }
}

/// <summary>The <c>alternatives</c> object: one list of alternatives per assumption.</summary>
internal sealed class UncertaintyAlternativesDocument
{
    /// <summary>Alternatives of the maximum number of winsorised points.</summary>
    [JsonPropertyName("outliers.maxWinsorised")]
    public IReadOnlyList<int>? MaxWinsorised { get; init; }

    /// <summary>Outlier treatment on or off: <c>true</c>/<c>false</c> or <c>"on"</c>/<c>"off"</c>.</summary>
    public IReadOnlyList<JsonElement>? Outliers { get; init; }

    /// <summary>Imputation alternatives, each shaped like the method file's <c>impute</c>.</summary>
    public IReadOnlyList<ImputeDocument>? Impute { get; init; }

    /// <summary>Normalisation alternatives, each shaped like the method file's <c>normalise</c>.</summary>
    public IReadOnlyList<NormaliseDocument>? Normalise { get; init; }

    /// <summary>Aggregation alternatives, each shaped like the method file's <c>aggregate</c>.</summary>
    public IReadOnlyList<AggregateDocument>? Aggregate { get; init; }

    /// <summary>Node sets to leave out; an empty set keeps everything.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? Exclude { get; init; }

    /// <summary>Denomination alternatives, each shaped like the method file's <c>denominate</c>.</summary>
    public IReadOnlyList<JsonElement>? Denominate { get; init; }

    /// <summary>Transform stage on or off.</summary>
    public IReadOnlyList<bool>? Transform { get; init; }

    /// <summary>Screening alternatives, each shaped like the method file's <c>screen</c>.</summary>
    public IReadOnlyList<ScreenDocument>? Screen { get; init; }

    /// <summary>Rank-stage alternatives, each shaped like the method file's <c>ranking</c>.</summary>
    public IReadOnlyList<RankingDocument>? Ranking { get; init; }
}
