using System.Collections.Immutable;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;

namespace Nq52Metrics.Tests.TestData;

/// <summary>
/// A random three-level index (indicators → pillars → "Index") and a dataset for it, both drawn from one seed,
/// so a property that fails can be replayed from the seed FsCheck prints.
/// </summary>
/// <param name="Framework">The framework: 2–8 indicators under 1–3 pillars, random weights (and directions unless
/// all positive were asked for).</param>
/// <param name="Data">The dataset: units R1…Rn in groups "A"/"B", every indicator column with at least two distinct
/// available values.</param>
internal sealed record RandomIndex(IndexFramework Framework, Dataset Data)
{
    public const string GroupColumn = "Group";

    /// <summary>Draws an index and its data.</summary>
    /// <param name="seed">The seed; the same seed gives the same index.</param>
    /// <param name="missingShare">Share of cells to leave missing (each column keeps at least two values).</param>
    /// <param name="allPositive">Give every indicator direction +1.</param>
    /// <param name="minUnits">Fewest units.</param>
    /// <param name="maxUnits">Most units.</param>
    public static RandomIndex Create(int seed, double missingShare = 0, bool allPositive = false, int minUnits = 4, int maxUnits = 25)
    {
        var rng = new Random(seed);
        var framework = DrawFramework(rng, allPositive);
        var units = rng.Next(minUnits, maxUnits + 1);
        var data = DrawDataset(rng, framework, units, missingShare);
        return new RandomIndex(framework, data);
    }

    /// <summary>The indicator codes in framework order.</summary>
    public ImmutableArray<string> IndicatorCodes => Framework.Indicators.Select(i => i.Code).ToImmutableArray();

    private static IndexFramework DrawFramework(Random rng, bool allPositive)
    {
        var pillars = rng.Next(1, 4);
        var indicators = rng.Next(Math.Max(2, pillars), 9);
        var nodes = new List<FrameworkNode>();
        for (var i = 0; i < indicators; i++)
        {
            // The first indicators fill every pillar once; the rest go anywhere.
            var pillar = i < pillars ? i : rng.Next(pillars);
            var direction = allPositive || rng.NextDouble() < 0.7 ? Direction.Positive : Direction.Negative;
            nodes.Add(Nodes.Indicator($"X{i + 1}", $"P{pillar + 1}", Weight(rng), direction));
        }

        for (var p = 0; p < pillars; p++)
        {
            nodes.Add(Nodes.Aggregate($"P{p + 1}", 2, "Index", Weight(rng)));
        }

        nodes.Add(Nodes.Aggregate("Index", 3, null));
        return IndexFramework.Create(nodes, [GroupColumn]);
    }

    private static double Weight(Random rng) => Math.Round(0.1 + (rng.NextDouble() * 4.9), 3);

    private static Dataset DrawDataset(Random rng, IndexFramework framework, int unitCount, double missingShare)
    {
        var units = Enumerable.Range(1, unitCount)
            .Select(i => Build.Unit($"R{i}", (GroupColumn, rng.NextDouble() < 0.5 ? "A" : "B")))
            .ToImmutableArray();
        var columns = framework.Indicators.Length;
        var rows = new double[unitCount][];
        for (var r = 0; r < unitCount; r++)
        {
            rows[r] = new double[columns];
        }

        for (var j = 0; j < columns; j++)
        {
            var draw = Distribution(rng);
            for (var r = 0; r < unitCount; r++)
            {
                rows[r][j] = rng.NextDouble() < missingShare ? double.NaN : draw();
            }

            EnsureTwoDistinctValues(rows, j, draw);
        }

        return Dataset.Create(UnitTable.FromRows(units, framework.Indicators.Select(i => i.Code), rows));
    }

    /// <summary>One of a few shapes (uniform, skewed, centred, integer-valued with ties), chosen per indicator.</summary>
    private static Func<double> Distribution(Random rng)
    {
        var offset = (rng.NextDouble() - 0.5) * 200;
        var scale = 0.5 + (rng.NextDouble() * 50);
        return rng.Next(4) switch
        {
            0 => () => offset + (scale * rng.NextDouble()),
            1 => () => Math.Exp(2 * rng.NextDouble() * rng.NextDouble() * 3),
            2 => () => offset + (scale * (rng.NextDouble() + rng.NextDouble() + rng.NextDouble() - 1.5)),
            _ => () => rng.Next(0, 6),
        };
    }

    private static void EnsureTwoDistinctValues(double[][] rows, int column, Func<double> draw)
    {
        for (var attempt = 0; ; attempt++)
        {
            var available = rows.Select(r => r[column]).Where(v => !double.IsNaN(v)).Distinct().Count();
            if (available >= 2)
            {
                return;
            }

            // Fill the first two rows again until the column has spread (fall back to fixed values).
            rows[0][column] = attempt < 20 ? draw() : 0;
            rows[1][column] = attempt < 20 ? draw() : 1;
        }
    }
}
