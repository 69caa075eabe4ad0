using System.Collections.Immutable;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;
using static System.FormattableString;

namespace Nq52Metrics.Analysis;

/// <summary>
/// A principal component analysis of a set of items (the children of an aggregate): the eigen decomposition of their
/// Pearson correlation matrix, i.e. PCA of the centred and scaled items (COINr's <c>get_PCA</c>, R's
/// <c>prcomp(center = TRUE, scale. = TRUE)</c>), on the units with no missing item. Components are ordered by
/// decreasing eigenvalue; each eigenvector has unit length and its sign is chosen so its loadings sum to a positive
/// number (a sign is otherwise arbitrary). The eigenvalues sum to the number of items.
/// </summary>
/// <remarks>
/// The OECD/JRC Handbook (2008, step 6) derives weights from the first component; they make sense only when its
/// loadings share one sign, which <see cref="MixedSigns"/> reports.
/// </remarks>
public sealed class PrincipalComponents
{
    private readonly double[] _loadings;

    private PrincipalComponents(ImmutableArray<string> codes, double[] loadings, ImmutableArray<double> eigenvalues, int units)
    {
        Codes = codes;
        _loadings = loadings;
        Eigenvalues = eigenvalues;
        Units = units;
        var k = codes.Length;
        Shares = [.. eigenvalues.Select(e => e / k)];
        var cumulative = new double[k];
        double sum = 0;
        for (var c = 0; c < k; c++)
        {
            sum += Shares[c];
            cumulative[c] = sum;
        }

        Cumulative = [.. cumulative];
        var first = Enumerable.Range(0, k).Select(i => Loading(i, 0)).ToArray();
        MixedSigns = first.Any(v => v < 0) && first.Any(v => v > 0);
        var total = first.Sum();
        FirstComponentWeights = [.. first.Select(v => v / total)];
    }

    /// <summary>The items' codes, in the order of the loadings' rows.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>The eigenvalues (variances of the components), largest first; each ≥ 0 and they sum to the number of items.</summary>
    public ImmutableArray<double> Eigenvalues { get; }

    /// <summary>Each component's share of the total variance (eigenvalue / number of items).</summary>
    public ImmutableArray<double> Shares { get; }

    /// <summary>The running sum of <see cref="Shares"/>; the last is 1 up to rounding.</summary>
    public ImmutableArray<double> Cumulative { get; }

    /// <summary>The number of units used (those with every item present).</summary>
    public int Units { get; }

    /// <summary>True when the first component's loadings have both signs: its weights would then be negative for some items.</summary>
    public bool MixedSigns { get; }

    /// <summary>Weights from the first component: its loadings divided by their sum (they sum to 1; negative ones when <see cref="MixedSigns"/>).</summary>
    public ImmutableArray<double> FirstComponentWeights { get; }

    /// <summary>The loading of an item on a component: element <paramref name="item"/> of the unit-length eigenvector <paramref name="component"/>.</summary>
    /// <param name="item">Item, 0-based, as in <see cref="Codes"/>.</param>
    /// <param name="component">Component, 0-based (0 = PC1).</param>
    /// <returns>The loading in [−1, 1].</returns>
    public double Loading(int item, int component) => _loadings[(item * Codes.Length) + component];

    /// <summary>Runs the PCA on some columns of a table.</summary>
    /// <param name="table">The values (NaN = missing; units with a missing item are left out).</param>
    /// <param name="codes">The items' columns; at least 2.</param>
    /// <returns>The components.</returns>
    /// <exception cref="Nq52ValidationException">
    /// A PCA of one item, fewer than 3 complete units, an unknown column, or an item constant over the complete units
    /// (every problem is listed).
    /// </exception>
    public static PrincipalComponents Compute(UnitTable table, IReadOnlyList<string> codes) =>
        AuditColumns.Compute(table, codes, "PCA", (columns, problems) => Compute(codes, columns, "PCA", problems)!);

    /// <summary>The PCA of the columns; null with located problems added when it is undefined.</summary>
    internal static PrincipalComponents? Compute(IReadOnlyList<string> codes, IReadOnlyList<double[]> columns, string location, ValidationProblems problems)
    {
        var k = codes.Count;
        if (k < 2)
        {
            problems.AddMessage(location, nameof(Messages.PcaTooFewItems), k);
            return null;
        }

        var n = columns[0].Length;
        var rows = Enumerable.Range(0, n).Where(u => columns.All(c => !double.IsNaN(c[u]))).ToArray();
        var complete = columns.Select(c => rows.Select(u => c[u]).ToArray()).ToList();
        var correlations = CorrelationMatrix.Compute(codes, complete, CorrelationMethod.Pearson, Invariant($"{location} ({rows.Length} units with every item)"), problems);
        if (correlations is null)
        {
            return null;
        }

        var matrix = Matrix<double>.Build.Dense(k, k, (i, j) => correlations[i, j]);
        var evd = matrix.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, k).OrderByDescending(c => evd.EigenValues[c].Real).ToArray();
        var loadings = new double[k * k];
        var eigenvalues = new double[k];
        for (var c = 0; c < k; c++)
        {
            var source = order[c];
            eigenvalues[c] = Math.Max(0, evd.EigenValues[source].Real);
            var vector = evd.EigenVectors.Column(source);
            vector /= vector.L2Norm();
            var sum = vector.Sum();
            var sign = sum > 0 || (sum == 0 && vector[vector.AbsoluteMaximumIndex()] > 0) ? 1.0 : -1.0;
            for (var i = 0; i < k; i++)
            {
                loadings[(i * k) + c] = sign * vector[i];
            }
        }

        return new PrincipalComponents([.. codes], loadings, [.. eigenvalues], rows.Length);
    }
}
