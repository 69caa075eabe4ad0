namespace Nq52Metrics.Uncertainty;

/// <summary>
/// The Sobol' low-discrepancy sequence in up to 32 dimensions with a random digital shift (each coordinate XOR-ed with
/// a seeded random 32-bit word), which keeps the net structure and makes estimates unbiased. Direction numbers are
/// those of Joe and Kuo (2008), file <c>new-joe-kuo-6.21201</c> (dimensions 2–32); dimension 1 is van der Corput.
/// </summary>
internal sealed class SobolSequence
{
    /// <summary>Largest supported dimension.</summary>
    public const int MaxDimensions = 32;

    // Joe & Kuo: per dimension 2..32, s (degree), a (polynomial coefficients), m_1..m_s.
    private static readonly int[][] JoeKuo =
    [
        [1, 0, 1], [2, 1, 1, 3], [3, 1, 1, 3, 1], [3, 2, 1, 1, 1], [4, 1, 1, 1, 3, 3], [4, 4, 1, 3, 5, 13],
        [5, 2, 1, 1, 5, 5, 17], [5, 4, 1, 1, 5, 5, 5], [5, 7, 1, 1, 7, 11, 19], [5, 11, 1, 1, 5, 1, 1],
        [5, 13, 1, 1, 1, 3, 11], [5, 14, 1, 3, 5, 5, 31], [6, 1, 1, 3, 3, 9, 7, 49], [6, 13, 1, 1, 1, 15, 21, 21],
        [6, 16, 1, 3, 1, 13, 27, 49], [6, 19, 1, 1, 1, 15, 7, 5], [6, 22, 1, 3, 1, 15, 13, 25], [6, 25, 1, 1, 5, 5, 19, 61],
        [7, 1, 1, 3, 7, 11, 23, 15, 103], [7, 4, 1, 3, 7, 13, 13, 15, 69], [7, 7, 1, 1, 3, 13, 7, 35, 63],
        [7, 8, 1, 3, 5, 9, 1, 25, 53], [7, 14, 1, 3, 1, 13, 9, 35, 107], [7, 19, 1, 3, 1, 5, 27, 61, 31],
        [7, 21, 1, 1, 5, 11, 19, 41, 61], [7, 28, 1, 3, 5, 3, 3, 13, 69], [7, 31, 1, 1, 7, 13, 1, 19, 1],
        [7, 32, 1, 3, 7, 5, 13, 19, 59], [7, 37, 1, 1, 3, 9, 25, 29, 41], [7, 41, 1, 3, 5, 13, 23, 1, 55],
        [7, 42, 1, 3, 7, 3, 13, 59, 17],
    ];

    private readonly uint[][] _directions;
    private readonly uint[] _shift;

    public SobolSequence(int dimensions, ulong seed)
    {
        if (dimensions is < 1 or > MaxDimensions)
        {
            throw new ArgumentOutOfRangeException(nameof(dimensions), $"The Sobol' sequence supports 1 to {MaxDimensions} dimensions.");
        }

        _directions = new uint[dimensions][];
        _shift = new uint[dimensions];
        for (var j = 0; j < dimensions; j++)
        {
            var v = new uint[33];
            if (j == 0)
            {
                for (var k = 1; k <= 32; k++)
                {
                    v[k] = 1u << (32 - k);
                }
            }
            else
            {
                var row = JoeKuo[j - 1];
                var s = row[0];
                var a = row[1];
                for (var k = 1; k <= Math.Min(s, 32); k++)
                {
                    v[k] = (uint)row[1 + k] << (32 - k);
                }

                for (var k = s + 1; k <= 32; k++)
                {
                    var value = v[k - s] ^ (v[k - s] >> s);
                    for (var i = 1; i < s; i++)
                    {
                        if (((a >> (s - 1 - i)) & 1) != 0)
                        {
                            value ^= v[k - i];
                        }
                    }

                    v[k] = value;
                }
            }

            _directions[j] = v;
            _shift[j] = (uint)(RunRandom.Bits(seed, RunRandom.StreamShift, 0, j) >> 32);
        }
    }

    /// <summary>Coordinate <paramref name="dimension"/> (0-based) of point <paramref name="index"/>, in [0, 1).</summary>
    public double Coordinate(long index, int dimension)
    {
        var v = _directions[dimension];
        var x = _shift[dimension];
        var i = (ulong)index;
        for (var k = 1; i != 0 && k <= 32; k++, i >>= 1)
        {
            if ((i & 1) != 0)
            {
                x ^= v[k];
            }
        }

        return x * (1.0 / 4294967296.0);
    }
}
