using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;

namespace Nq52Metrics.Benchmarks;

/// <summary>
/// A seeded, synthetic index of a given shape (units × indicators) whose data make every construction step do
/// real work: a four-level tree (indicators → pillars → two sub-indices → one index), some indicators with
/// direction −1, some divided by a denominator, heavy-tailed and spiked indicators that outlier treatment must
/// winsorise or log-transform, about 1.5 % missing values, and unit groups (two by default) for group-mean
/// imputation. The same arguments always give the same framework and data (the generator is <c>new Random(seed)</c>).
/// </summary>
public sealed class SyntheticIndex
{
    /// <summary>The unit-group column every unit carries (groups <c>R1</c>, <c>R2</c>, …; two by default).</summary>
    public const string GroupColumn = "Region";

    /// <summary>Denominator column: a population-like size, log-normal, always &gt; 0.</summary>
    public const string PopulationColumn = "Population";

    /// <summary>Denominator column: an economy-size measure, log-normal, always &gt; 0.</summary>
    public const string GdpColumn = "Gdp";

    /// <summary>Share of indicator cells left missing (NaN), drawn independently per cell.</summary>
    public const double MissingShare = 0.015;

    /// <summary>Tail index of the Pareto-distributed indicators (&lt; 1: even the mean is infinite).</summary>
    private const double ParetoShape = 0.8;

    private SyntheticIndex(IndexFramework framework, Dataset data)
    {
        Framework = framework;
        Data = data;
    }

    /// <summary>The framework: indicators <c>I01…</c>, pillars <c>P1…</c>, sub-indices <c>S1</c>/<c>S2</c>, index <c>Index</c>.</summary>
    public IndexFramework Framework { get; }

    /// <summary>The dataset: units <c>U00001…</c>, indicator values (NaN = missing) and two denominator columns.</summary>
    public Dataset Data { get; }

    /// <summary>
    /// COINr's default methodology with group-mean imputation over <see cref="GroupColumn"/> (the recipe the build
    /// benchmarks measure).
    /// </summary>
    public static Methodology Methodology { get; } = Methodology.CoinrAsemExample with
    {
        Imputation = new ImputationSpec(ImputationMethod.GroupMean(GroupColumn)),
    };

    /// <summary>Generates an index of the given shape.</summary>
    /// <param name="units">Number of units (rows); at least 4 per group, so every group has data.</param>
    /// <param name="indicators">Number of indicators; at least <paramref name="pillars"/>.</param>
    /// <param name="seed">Seed of the generator; the same seed gives the same index.</param>
    /// <param name="pillars">Number of pillars; even and at least 2 (the first half feed sub-index S1, the rest S2).</param>
    /// <param name="groups">Number of unit groups in <see cref="GroupColumn"/>, at least 1; each unit joins one at random.</param>
    /// <returns>The framework and dataset.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A shape argument is out of range.</exception>
    /// <remarks>
    /// Indicator <c>k</c> (0-based) is drawn by <c>k % 12</c>: 0 and 6 log-normal with σ = 0.4 (mild skew, passes the
    /// outlier rule); 2 Pareto with tail index 0.8 (heavy tail); 8 log-normal with σ = 1.6 (heavy tail); 4 normal with
    /// three planted outliers 40–60 standard deviations out (winsorising three points fixes it); 10 normal with six
    /// planted outliers clustered 45 standard deviations out (winsorising the allowed five points cannot fix it, so
    /// it is log-transformed whatever the number of units); the rest normal. Every value is shifted by a group
    /// effect (0 for the first group up to 0.3 for the last) so the groups differ. Planted outliers are never
    /// missing. <c>k % 7 == 3</c> has direction −1; <c>k % 5 == 1</c> is stored multiplied by a denominator
    /// (alternately population and GDP), so denomination gives back the drawn value.
    /// </remarks>
    public static SyntheticIndex Create(int units, int indicators, int seed, int pillars = 8, int groups = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 4 * groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(pillars, 2);
        if (pillars % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pillars), pillars, "The number of pillars must be even.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(indicators, pillars);
        var random = new Random(seed);
        var framework = CreateFramework(indicators, pillars);
        var groupNames = Enumerable.Range(1, groups).Select(g => string.Create(CultureInfo.InvariantCulture, $"R{g}")).ToArray();
        var groupOf = new int[units];
        var unitList = ImmutableArray.CreateBuilder<Unit>(units);
        for (var u = 0; u < units; u++)
        {
            groupOf[u] = random.Next(groups);
            unitList.Add(new Unit(
                string.Create(CultureInfo.InvariantCulture, $"U{u + 1:D5}"),
                string.Create(CultureInfo.InvariantCulture, $"Unit {u + 1}"),
                ImmutableDictionary<string, string>.Empty.Add(GroupColumn, groupNames[groupOf[u]])));
        }

        var denominators = new double[units][];
        for (var u = 0; u < units; u++)
        {
            denominators[u] = [Math.Exp(15 + Gaussian(random)), Math.Exp(20 + (1.5 * Gaussian(random)))];
        }

        var rows = new double[units][];
        for (var u = 0; u < units; u++)
        {
            rows[u] = new double[indicators];
        }

        for (var k = 0; k < indicators; k++)
        {
            var (column, planted) = DrawIndicator(k, groupOf, groups, random);
            var denominator = k % 5 == 1 ? k / 5 % 2 : -1;
            for (var u = 0; u < units; u++)
            {
                var value = denominator >= 0 ? column[u] * denominators[u][denominator] : column[u];
                var missing = random.NextDouble() < MissingShare && !planted[u];
                rows[u][k] = missing ? double.NaN : value;
            }
        }

        var unitArray = unitList.MoveToImmutable();
        var data = Dataset.Create(
            UnitTable.FromRows(unitArray, framework.Indicators.Select(i => i.Code), rows),
            UnitTable.FromRows(unitArray, [PopulationColumn, GdpColumn], denominators));
        data.EnsureFits(framework);
        return new SyntheticIndex(framework, data);
    }

    /// <summary>
    /// Checks that a build of this index exercised every step it is meant to: values were imputed, at least one
    /// indicator was winsorised and at least one was log-transformed.
    /// </summary>
    /// <param name="result">A build of this index.</param>
    /// <exception cref="InvalidOperationException">A step had nothing to do, so a benchmark would measure an idle path.</exception>
    public static void EnsureEveryStepWorked(IndexResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var missing = new List<string>();
        if (result.Imputation.Imputed.IsEmpty)
        {
            missing.Add("no value was imputed");
        }

        if (!result.Outliers.Indicators.Any(i => i.Treatment == FinalTreatment.Winsorised))
        {
            missing.Add("no indicator was winsorised");
        }

        if (!result.Outliers.Indicators.Any(i => i.Treatment == FinalTreatment.LogTransformed))
        {
            missing.Add("no indicator was log-transformed");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The synthetic index does not exercise every step: {string.Join("; ", missing)}.");
        }
    }

    private static IndexFramework CreateFramework(int indicators, int pillars)
    {
        var nodes = new List<FrameworkNode>(indicators + pillars + 3);
        for (var k = 0; k < indicators; k++)
        {
            nodes.Add(new FrameworkNode
            {
                Code = IndicatorCode(k),
                Level = 1,
                Parent = PillarCode(k % pillars),
                Direction = k % 7 == 3 ? Direction.Negative : Direction.Positive,
                Denominator = k % 5 == 1 ? (k / 5 % 2 == 0 ? PopulationColumn : GdpColumn) : null,
            });
        }

        for (var p = 0; p < pillars; p++)
        {
            nodes.Add(new FrameworkNode { Code = PillarCode(p), Level = 2, Parent = p < pillars / 2 ? "S1" : "S2" });
        }

        nodes.Add(new FrameworkNode { Code = "S1", Level = 3, Parent = "Index" });
        nodes.Add(new FrameworkNode { Code = "S2", Level = 3, Parent = "Index" });
        nodes.Add(new FrameworkNode { Code = "Index", Level = 4 });
        return IndexFramework.Create(nodes, [GroupColumn], [PopulationColumn, GdpColumn]);
    }

    /// <summary>Draws one indicator's values (see <see cref="Create"/>) and flags the planted outliers.</summary>
    private static (double[] Values, bool[] Planted) DrawIndicator(int k, int[] groupOf, int groups, Random random)
    {
        var n = groupOf.Length;
        var values = new double[n];
        for (var u = 0; u < n; u++)
        {
            var groupEffect = groups == 1 ? 0.0 : 0.3 * groupOf[u] / (groups - 1);
            var z = Gaussian(random);
            values[u] = (k % 12) switch
            {
                0 or 6 => Math.Exp(groupEffect + (0.4 * z)),
                2 => Math.Exp(groupEffect) * Math.Pow(1 - random.NextDouble(), -1 / ParetoShape),
                8 => Math.Exp(groupEffect + (1.6 * z)),
                _ => 50 + (10 * groupEffect) + (10 * z),
            };
        }

        var planted = new bool[n];
        var (count, sdsOut, spacing) = (k % 12) switch
        {
            4 => (3, 40.0, 10.0),
            10 => (6, 45.0, 0.5),
            _ => (0, 0.0, 0.0),
        };
        for (var p = 0; p < count; p++)
        {
            int u;
            do
            {
                u = random.Next(n);
            }
            while (planted[u]);

            planted[u] = true;
            values[u] = 50 + (10 * (sdsOut + (spacing * p)));
        }

        return (values, planted);
    }

    /// <summary>A standard normal draw (Box–Muller); 1 − U keeps the logarithm's argument in (0, 1].</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string IndicatorCode(int k) => string.Create(CultureInfo.InvariantCulture, $"I{k + 1:D2}");

    private static string PillarCode(int p) => string.Create(CultureInfo.InvariantCulture, $"P{p + 1}");
}
