using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Analysis;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes an <see cref="AuditResult"/> as CSV files into a folder, all or nothing (formats in docs/formats.md): comma
/// separated with a header row, numbers invariant-culture and shortest round-trip ("R"), an undefined statistic as
/// <c>NA</c>, fields holding a comma or a quote quoted.
/// <list type="bullet">
/// <item><c>statistics.csv</c>: <c>step,code,n,missing_share,min,max,mean,median,sd,skew,kurtosis,zeros_share,unique_share,flags</c>.</item>
/// <item><c>correlations_&lt;level&gt;.csv</c>: <c>code</c> then one column per node of the level; one row per node.</item>
/// <item><c>correlations_parent.csv</c>: <c>code,parent,r</c>.</item>
/// <item><c>cronbach.csv</c>: <c>node,alpha,items</c>.</item>
/// <item><c>pca_&lt;node&gt;.csv</c>: <c>code,PC1,…,PCk</c>; <c>pca_&lt;node&gt;_variances.csv</c>: <c>component,eigenvalue,share,cumulative</c>.</item>
/// <item><c>weights_effective.csv</c>: <c>code,level,weight,effective</c>.</item>
/// <item><c>weights_optimised.csv</c> (when optimised): <c>code,level,nominal,weight,r_nominal,r,objective,iterations</c>.</item>
/// <item><c>strengths_weaknesses.csv</c>: <c>unit,code,rank,kind</c>.</item>
/// </list>
/// </summary>
public static class AuditResultWriter
{
    /// <summary>The file name of the indicator statistics.</summary>
    public const string StatisticsFileName = "statistics.csv";

    /// <summary>The file name of the correlations with parent and index.</summary>
    public const string ParentCorrelationsFileName = "correlations_parent.csv";

    /// <summary>The file name of Cronbach's alphas.</summary>
    public const string CronbachFileName = "cronbach.csv";

    /// <summary>The file name of the effective weights.</summary>
    public const string EffectiveWeightsFileName = "weights_effective.csv";

    /// <summary>The file name of the optimised weights.</summary>
    public const string OptimisedWeightsFileName = "weights_optimised.csv";

    /// <summary>The file name of the strengths and weaknesses.</summary>
    public const string StrengthsWeaknessesFileName = "strengths_weaknesses.csv";

    /// <summary>The header of <c>statistics.csv</c>.</summary>
    internal static readonly ImmutableArray<string> StatisticsColumns =
        ["step", "code", "n", "missing_share", "min", "max", "mean", "median", "sd", "skew", "kurtosis", "zeros_share", "unique_share", "flags"];

    /// <summary>The file name of the correlation matrix of one level, e.g. <c>correlations_1.csv</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The file name.</returns>
    public static string CorrelationsFileName(int level) => string.Create(CultureInfo.InvariantCulture, $"correlations_{level}.csv");

    /// <summary>The file name of the loadings of one aggregate's PCA, <c>pca_&lt;node&gt;.csv</c>.</summary>
    /// <param name="node">The aggregate's code.</param>
    /// <returns>The file name.</returns>
    public static string ComponentsFileName(string node) => $"pca_{node}.csv";

    /// <summary>The file name of the variances of one aggregate's PCA, <c>pca_&lt;node&gt;_variances.csv</c>.</summary>
    /// <param name="node">The aggregate's code.</param>
    /// <returns>The file name.</returns>
    public static string VariancesFileName(string node) => $"pca_{node}_variances.csv";

    /// <summary>
    /// Writes every file of the audit into a folder, creating it if needed; all or nothing: on failure no file is
    /// changed and a folder created by this call is removed. When the audit is of sample data
    /// (<see cref="AuditResult.IsSample"/>) every file starts with a <c>DataStatus</c> column holding <c>SAMPLE</c>.
    /// </summary>
    /// <param name="result">The audit.</param>
    /// <param name="folder">The destination folder.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="Nq52ValidationException">
    /// A node code cannot be part of a file name, the folder cannot be created, or a file cannot be written.
    /// </exception>
    public static ImmutableArray<string> WriteFiles(AuditResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var invalid = Path.GetInvalidFileNameChars();
        var unsafeNodes = result.Components.Where(c => c.Key.IndexOfAny(invalid) >= 0).Select(c => ProblemMessages.Problem(ProblemLocation.OfParameter($"node \"{c.Key}\""), nameof(Messages.AuditPcaFileNameInvalid))).ToList();
        if (unsafeNodes.Count > 0)
        {
            throw new Nq52ValidationException([.. unsafeNodes]);
        }

        return [.. AtomicFolder.Write(folder, [.. Files(result).Select(f => (f.Name, SampleLabelledWriter.Label(result.IsSample, f.Write)))])];
    }

    /// <summary>Every table of the audit as a file name and the writing of its CSV text, in the order of the files.</summary>
    /// <param name="result">The audit.</param>
    /// <returns>The tables.</returns>
    internal static List<(string Name, Action<TextWriter> Write)> Files(AuditResult result)
    {
        var files = new List<(string Name, Action<TextWriter> Write)> { (StatisticsFileName, w => WriteStatistics(result, w)) };
        foreach (var (level, matrix) in result.Correlations)
        {
            files.Add((CorrelationsFileName(level), w => WriteCorrelations(matrix, w)));
        }

        files.Add((ParentCorrelationsFileName, w => WriteParentCorrelations(result, w)));
        files.Add((CronbachFileName, w => WriteCronbach(result, w)));
        foreach (var (node, pca) in result.Components)
        {
            files.Add((ComponentsFileName(node), w => WriteComponents(pca, w)));
            files.Add((VariancesFileName(node), w => WriteVariances(pca, w)));
        }

        files.Add((EffectiveWeightsFileName, w => WriteEffectiveWeights(result, w)));
        if (result.OptimisedWeights is { } optimised)
        {
            files.Add((OptimisedWeightsFileName, w => WriteOptimisedWeights(optimised, w)));
        }

        files.Add((StrengthsWeaknessesFileName, w => WriteStrengthsWeaknesses(result, w)));
        return files;
    }

    /// <summary>Writes <c>statistics.csv</c> to a text writer (left open).</summary>
    /// <param name="result">The audit.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteStatistics(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, StatisticsColumns);
        foreach (var s in result.Statistics)
        {
            CsvRows.Write(writer,
            [
                IndicatorStatistics.Label(s.Step), s.Code, Whole(s.N), Number(s.MissingShare), Number(s.Min), Number(s.Max), Number(s.Mean),
                Number(s.Median), Number(s.Sd), Number(s.Skew), Number(s.Kurtosis), Number(s.ZerosShare), Number(s.UniqueShare),
                IndicatorStatistics.Label(s.Flags),
            ]);
        }
    }

    /// <summary>Writes one correlation matrix to a text writer (left open): <c>code</c> and the codes, then one row per code.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCorrelations(CorrelationMatrix matrix, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["code", .. matrix.Codes]);
        for (var i = 0; i < matrix.Size; i++)
        {
            CsvRows.Write(writer, [matrix.Codes[i], .. Enumerable.Range(0, matrix.Size).Select(j => Number(matrix[i, j]))]);
        }
    }

    /// <summary>Writes <c>correlations_parent.csv</c> to a text writer (left open).</summary>
    /// <param name="result">The audit.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteParentCorrelations(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["code", "parent", "r"]);
        foreach (var p in result.ParentCorrelations)
        {
            CsvRows.Write(writer, [p.Code, p.Parent, Number(p.R)]);
        }
    }

    /// <summary>Writes <c>cronbach.csv</c> to a text writer (left open); <c>items</c> is the number of children.</summary>
    /// <param name="result">The audit.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCronbach(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["node", "alpha", "items"]);
        foreach (var a in result.Alphas)
        {
            CsvRows.Write(writer, [a.Node, Number(a.Alpha), Whole(a.Items)]);
        }
    }

    /// <summary>Writes the loadings of one PCA to a text writer (left open): <c>code,PC1,…,PCk</c>, one row per item.</summary>
    /// <param name="pca">The PCA.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteComponents(PrincipalComponents pca, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(pca);
        ArgumentNullException.ThrowIfNull(writer);
        var k = pca.Codes.Length;
        CsvRows.Write(writer, ["code", .. Enumerable.Range(1, k).Select(c => "PC" + Whole(c))]);
        for (var i = 0; i < k; i++)
        {
            CsvRows.Write(writer, [pca.Codes[i], .. Enumerable.Range(0, k).Select(c => Number(pca.Loading(i, c)))]);
        }
    }

    /// <summary>Writes the variances of one PCA to a text writer (left open): <c>component,eigenvalue,share,cumulative</c>.</summary>
    /// <param name="pca">The PCA.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteVariances(PrincipalComponents pca, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(pca);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["component", "eigenvalue", "share", "cumulative"]);
        for (var c = 0; c < pca.Eigenvalues.Length; c++)
        {
            CsvRows.Write(writer, ["PC" + Whole(c + 1), Number(pca.Eigenvalues[c]), Number(pca.Shares[c]), Number(pca.Cumulative[c])]);
        }
    }

    /// <summary>Writes <c>weights_effective.csv</c> to a text writer (left open).</summary>
    /// <param name="result">The audit.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteEffectiveWeights(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["code", "level", "weight", "effective"]);
        foreach (var w in result.EffectiveWeights)
        {
            CsvRows.Write(writer, [w.Code, Whole(w.Level), Number(w.Weight), Number(w.Effective)]);
        }
    }

    /// <summary>Writes <c>weights_optimised.csv</c> to a text writer (left open); objective and iterations repeat on every row.</summary>
    /// <param name="optimised">The optimised weights.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteOptimisedWeights(OptimisedWeights optimised, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(optimised);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["code", "level", "nominal", "weight", "r_nominal", "r", "objective", "iterations"]);
        for (var i = 0; i < optimised.Codes.Length; i++)
        {
            CsvRows.Write(writer,
            [
                optimised.Codes[i], Whole(optimised.Level), Number(optimised.NominalWeights[i]), Number(optimised.Weights[i]),
                Number(optimised.NominalCorrelations[i]), Number(optimised.Correlations[i]), Number(optimised.ObjectiveValue), Whole(optimised.Iterations),
            ]);
        }
    }

    /// <summary>Writes <c>strengths_weaknesses.csv</c> to a text writer (left open); <c>kind</c> is <c>strength</c> or <c>weakness</c>.</summary>
    /// <param name="result">The audit.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteStrengthsWeaknesses(AuditResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        CsvRows.Write(writer, ["unit", "code", "rank", "kind"]);
        foreach (var s in result.StrengthsWeaknesses)
        {
            CsvRows.Write(writer, [s.Unit, s.Code, Number(s.Rank), s.Kind == StrengthKind.Strength ? "strength" : "weakness"]);
        }
    }

    private static string Number(double value) => CsvNumbers.Format(value);

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
