namespace Nq52Metrics.Conformance;

/// <summary>
/// The ranks one unit took over the runs of an uncertainty analysis, with the statistics the agreement test needs:
/// sample quantiles (R type 7), the mean, and distribution-free confidence intervals for a population quantile built
/// from order statistics. Written out here, independently of the library, so the library's statistics can be
/// checked against it.
/// </summary>
public sealed class UncertaintyRankSample
{
    private readonly double[] _sorted;

    /// <summary>Creates the sample; NaN ranks (failed runs) are left out.</summary>
    /// <param name="ranks">The unit's rank in each run.</param>
    /// <param name="lowestPossible">The worst possible rank (the number of units), used as the upper end of an
    /// interval that the sample cannot bound.</param>
    public UncertaintyRankSample(IEnumerable<double> ranks, int lowestPossible)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        _sorted = ranks.Where(r => !double.IsNaN(r)).Order().ToArray();
        LowestPossible = lowestPossible;
    }

    /// <summary>Number of ranks in the sample.</summary>
    public int Count => _sorted.Length;

    /// <summary>The worst possible rank.</summary>
    public int LowestPossible { get; }

    /// <summary>Mean rank.</summary>
    public double Mean => _sorted.Average();

    /// <summary>Sum of squared deviations from the mean.</summary>
    public double SumOfSquares
    {
        get
        {
            var mean = Mean;
            return _sorted.Sum(r => (r - mean) * (r - mean));
        }
    }

    /// <summary>Sample quantile of type 7 (R's default): h = (n − 1)p + 1, linear between x⌊h⌋ and x⌊h⌋₊₁.</summary>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The quantile.</returns>
    public double Quantile(double p)
    {
        var h = ((_sorted.Length - 1) * p) + 1;
        var lower = (int)Math.Floor(h);
        var low = _sorted[lower - 1];
        return lower >= _sorted.Length ? low : low + ((h - lower) * (_sorted[lower] - low));
    }

    /// <summary>
    /// A confidence interval of level at least 1 − <paramref name="alpha"/> for the population p-quantile q_p:
    /// [x₍ₗ₎, x₍ᵤ₎] with l the largest index such that P(B &lt; l) ≤ α/2 and u the smallest such that P(B ≥ u) ≤ α/2,
    /// B ~ Binomial(n, p). Since P(x₍ₗ₎ &gt; q_p) ≤ P(B &lt; l) and P(x₍ᵤ₎ &lt; q_p) ≤ P(B ≥ u), the interval holds for
    /// any distribution, and conservatively for discrete ones like ranks. When no order statistic qualifies, the end
    /// is the best (1) or worst possible rank.
    /// </summary>
    /// <param name="p">The probability of the quantile.</param>
    /// <param name="alpha">The error probability of the interval.</param>
    /// <returns>The interval's ends.</returns>
    public (double Lower, double Upper) QuantileInterval(double p, double alpha)
    {
        var n = _sorted.Length;
        var cdf = BinomialCdf(n, p);

        // cdf[k] = P(B ≤ k); P(B < l) = cdf[l − 1].
        var l = 0;
        while (l + 1 <= n && cdf[l] <= alpha / 2)
        {
            l++;
        }

        // P(B ≥ u) = 1 − cdf[u − 1].
        var u = n + 1;
        while (u - 1 >= 1 && 1 - cdf[u - 2] <= alpha / 2)
        {
            u--;
        }

        return (l >= 1 ? _sorted[l - 1] : 1, u <= n ? _sorted[u - 1] : LowestPossible);
    }

    /// <summary>P(B ≤ k) for k = 0..n, B ~ Binomial(n, p), from the probability mass by recurrence.</summary>
    private static double[] BinomialCdf(int n, double p)
    {
        var cdf = new double[n + 1];
        var pmf = Math.Pow(1 - p, n);
        var sum = 0.0;
        for (var k = 0; k <= n; k++)
        {
            sum += pmf;
            cdf[k] = Math.Min(1, sum);
            pmf *= (double)(n - k) / (k + 1) * p / (1 - p);
        }

        return cdf;
    }
}
