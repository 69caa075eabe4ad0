using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Nq52Metrics.Analysis;

namespace Nq52Metrics.Tests.Analysis;

/// <summary>
/// The moments of a whole table, four columns per pass, against <see cref="ColumnStatistics.Skewness"/> and
/// <see cref="ColumnStatistics.Kurtosis"/> of each column alone: the same bits, including columns with missing values,
/// no value, no spread, or magnitudes whose powers overflow.
/// </summary>
public sealed class ColumnStatisticsBatchProperties
{
    /// <summary>A column-major table of random shape whose columns mix the awkward cases.</summary>
    private static (double[] Values, int Units, int Columns) Table(int seed)
    {
        var rng = new Random(seed);
        var units = rng.Next(0, 30);
        var columns = rng.Next(0, 11);
        var values = new double[units * columns];
        for (var j = 0; j < columns; j++)
        {
            var kind = rng.Next(6);
            var scale = kind == 4 ? 1e200 : kind == 5 ? 1e-200 : Math.Exp((rng.NextDouble() * 10) - 5);
            for (var i = 0; i < units; i++)
            {
                values[(j * units) + i] = kind switch
                {
                    0 => double.NaN,
                    1 => 7.25,
                    _ when rng.NextDouble() < 0.2 => double.NaN,
                    _ => scale * (rng.NextDouble() < 0.3 ? rng.Next(0, 4) : rng.NextDouble() - 0.3),
                };
            }
        }

        return (values, units, columns);
    }

    [Property]
    public Property Every_column_gets_the_bits_of_its_own_statistics(int seed)
    {
        var (values, units, columns) = Table(seed);
        var skews = new double[columns];
        var kurtoses = new double[columns];
        ColumnStatistics.SkewnessAndKurtosisOfColumns(values, units, skews, kurtoses);

        var same = Enumerable.Range(0, columns).All(j =>
        {
            var column = values.AsSpan(j * units, units);
            return BitConverter.DoubleToInt64Bits(skews[j]) == BitConverter.DoubleToInt64Bits(ColumnStatistics.Skewness(column))
                && BitConverter.DoubleToInt64Bits(kurtoses[j]) == BitConverter.DoubleToInt64Bits(ColumnStatistics.Kurtosis(column));
        });
        return same.Classify(columns >= 4, "at least one group of four columns");
    }
}
