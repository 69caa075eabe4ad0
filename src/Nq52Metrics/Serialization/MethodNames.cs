using Nq52Metrics.Construction;
using Nq52Metrics.Ranking;

namespace Nq52Metrics.Serialization;

/// <summary>The names the method file uses for every method choice (see docs/formats.md).</summary>
internal static class MethodNames
{
    /// <summary><c>impute.method</c>.</summary>
    public static NameTable<ImputationMethod> Imputation { get; } = new([.. ImputationMethod.Families.Select(f => (f.Name, f))]);

    /// <summary><c>outliers.method</c>.</summary>
    public static NameTable<OutlierMethod> Outliers { get; } = new(
        ("skewKurtosis", OutlierMethod.SkewKurtosis),
        ("none", OutlierMethod.None));

    /// <summary><c>outliers.log</c>: <c>ct</c> is COINr's log_CT, <c>gii</c> the GII log.</summary>
    public static NameTable<LogTransform> Log { get; } = new(
        ("ct", LogTransform.CoinToolModified),
        ("gii", LogTransform.Gii),
        ("none", LogTransform.None));

    /// <summary><c>normalise.method</c>: the name of each normalisation family, mapped to its record type.</summary>
    public static NameTable<Type> Normalisation { get; } = new([.. NormalisationMethod.Families.Select(f => (f.Name, f.GetType()))]);

    /// <summary><c>aggregate.method</c> and the values of <c>aggregate.byLevel</c>.</summary>
    public static NameTable<AggregationMethod> Aggregation { get; } = new([.. AggregationMethod.Families.Select(f => (f.Name, f))]);

    /// <summary><c>ranking.ties</c>.</summary>
    public static NameTable<TieMethod> Ties { get; } = new(
        ("competition", TieMethod.Competition),
        ("dense", TieMethod.Dense),
        ("average", TieMethod.Average),
        ("ordinal", TieMethod.Ordinal));
}
