using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// How missing indicator values are filled in before aggregation. Use the members and factories (<see cref="None"/>,
/// <see cref="Mean"/>, <see cref="Median"/>, <see cref="GroupMean"/>, <see cref="GroupMedian"/>,
/// <see cref="LatestEarlierValue"/>); each method owns its name, its parameters (e.g. the group column of the group
/// methods), their validation, its method-file form, its description and its step.
/// </summary>
public abstract record ImputationMethod
{
    private protected ImputationMethod()
    {
    }

    /// <summary>The method's name in files and on the command line (e.g. <c>mean</c>, <c>groupMedian</c>).</summary>
    public abstract string Name { get; }

    /// <summary>A short readable form with the parameters, e.g. <c>mean</c> or <c>groupMean(Region)</c>.</summary>
    /// <returns>The description.</returns>
    public sealed override string ToString() => Notation();

    /// <summary>
    /// The method in words, with its parameters, in <paramref name="language"/> (e.g. "Missing values replaced by the
    /// indicator's mean over the unit's group in Region …"); the technical name is kept in the Vietnamese text.
    /// </summary>
    /// <param name="language">The language of the text and of the numbers in it.</param>
    /// <returns>The description: one phrase, capitalised, without a final full stop.</returns>
    public abstract string Describe(DisplayLanguage language);

    /// <summary>The description <see cref="ToString"/> returns.</summary>
    private protected virtual string Notation() => Name;

    /// <summary>The method's label in uncertainty outputs (its notation unless it was labelled otherwise before).</summary>
    internal virtual string Label => Notation();

    /// <summary>The names of the method's settings in a method file's <c>impute</c> object (e.g. <c>group</c>).</summary>
    internal virtual IReadOnlyList<string> Settings => [];

    /// <summary>The method with the settings a method-file <c>impute</c> object gives (absent settings keep this method's values); not checked.</summary>
    internal virtual ImputationMethod WithSettings(Serialization.ImputeDocument document) => this;

    /// <summary>The method as a method-file <c>impute</c> object.</summary>
    internal virtual Serialization.ImputeDocument ToDocument() => new() { Method = Name };

    /// <summary>Checks the parameters; returns the setting at fault and its message, or null when they are valid.</summary>
    internal virtual SettingProblem? Problem() => null;

    /// <summary>
    /// Whether the imputed value of <paramref name="filled"/> is computed from <paramref name="source"/>'s value of the
    /// same indicator in the same period (what-if warns that moving one unit moves such values).
    /// </summary>
    internal virtual bool FillsFrom(Unit filled, Unit source) => false;

    /// <summary>
    /// Fills the missing values (NaN) of <paramref name="values"/> (the table's values, column by column), which has at
    /// least one. Problems go to <paramref name="problems"/>; returns null then.
    /// </summary>
    internal abstract (UnitTable Table, ImputationReport Report)? Impute(UnitTable table, double[] values, ValidationProblems problems, IReadOnlyList<PeriodTable> earlier);

    /// <summary>Throws the parameter problem, if any, at the public boundary (the factories call it).</summary>
    private protected static T Checked<T>(T method)
        where T : ImputationMethod
    {
        if (method.Problem() is { } problem)
        {
            throw new Nq52ValidationException([problem.At(ProblemLocation.OfParameter(problem.Parameter))]);
        }

        return method;
    }

    /// <summary>No imputation: missing values stay missing and aggregation re-weights the available children.</summary>
    public static NoImputation None { get; } = new();

    /// <summary>The mean of the indicator's non-missing values over all units (COINr <c>i_mean</c>).</summary>
    public static StatisticImputation Mean { get; } = new(median: false, byGroup: false, groupColumn: null);

    /// <summary>The median of the indicator's non-missing values (COINr <c>i_median</c>).</summary>
    public static StatisticImputation Median { get; } = new(median: true, byGroup: false, groupColumn: null);

    /// <summary>
    /// The mean over the units of the same group in <paramref name="groupColumn"/> (COINr <c>i_mean_grp</c>); over all
    /// units when the group has no value for the indicator.
    /// </summary>
    /// <param name="groupColumn">The unit-group column of the data (e.g. <c>Region</c>); not empty.</param>
    /// <returns>The method.</returns>
    /// <exception cref="Nq52ValidationException">The group column is null, empty or white space (located at the parameter <c>groupColumn</c>).</exception>
    public static StatisticImputation GroupMean(string groupColumn) => Checked(new StatisticImputation(median: false, byGroup: true, groupColumn));

    /// <summary>
    /// The median over the units of the same group in <paramref name="groupColumn"/> (COINr <c>i_median_grp</c>); over
    /// all units when the group has no value for the indicator.
    /// </summary>
    /// <param name="groupColumn">The unit-group column of the data; not empty.</param>
    /// <returns>The method.</returns>
    /// <exception cref="Nq52ValidationException">The group column is null, empty or white space (located at the parameter <c>groupColumn</c>).</exception>
    public static StatisticImputation GroupMedian(string groupColumn) => Checked(new StatisticImputation(median: true, byGroup: true, groupColumn));

    /// <summary>
    /// In panel data, the unit's latest earlier value of the indicator (COINr <c>impute_panel</c>, "constant" with the
    /// latest available year). The report names the period each value came from. Without earlier periods, or when the
    /// unit has no earlier value, the value stays missing.
    /// </summary>
    public static LatestEarlierValueImputation LatestEarlierValue { get; } = new();

    /// <summary>Every method family, each with its default parameters, in the documented order: the one list files look
    /// names up in. The group methods' entries have no group column yet (a file must give one). Declared last, so the
    /// members it lists exist.</summary>
    internal static ImmutableArray<ImputationMethod> Families { get; } =
    [
        None,
        Mean,
        Median,
        new StatisticImputation(median: false, byGroup: true, groupColumn: null),
        new StatisticImputation(median: true, byGroup: true, groupColumn: null),
        LatestEarlierValue,
    ];
}
