using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Nq52Metrics.Construction;

namespace Nq52Metrics.Conformance;

/// <summary>
/// COINr's 100-run uncertainty analysis of the ASEM example, read from the reference <c>uncertainty</c> folder:
/// the design (one row per run), the 100 noisy weight sets and the Index score of every unit in every run. Read once
/// per test run. The design file quotes a comma inside <c>"n_minmax(1,100)"</c>, so this reader honours quotes
/// (the pipeline reader <see cref="ReferenceCsv"/> does not need to).
/// </summary>
public static class UncertaintyReference
{
    /// <summary>Runs in the reference analysis.</summary>
    public const int RunCount = 100;

    /// <summary>The maximum-winsorised alternatives of the reference design, in the order our spec lists them.</summary>
    public static readonly ImmutableArray<int> Winmax = [1, 2, 3, 4, 5];

    /// <summary>The normalisation alternatives of the reference design, in the order our spec lists them.</summary>
    public static readonly ImmutableArray<NormalisationMethod> Normalisations =
        [NormalisationMethod.MinMax(1, 100), NormalisationMethod.ZScore(10, 2)];

    /// <summary>The aggregation alternatives of the reference design, in the order our spec lists them.</summary>
    public static readonly ImmutableArray<AggregationSpec> Aggregations =
        [AggregationSpec.Arithmetic, new AggregationSpec(AggregationMethod.Geometric)];

    /// <summary>The weight-noise factor COINr applied to pillar (level 2) and sub-index (level 3) weights.</summary>
    public const double WeightNoise = 0.25;

    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>The design, one row per run in run order.</summary>
    public static ImmutableArray<DesignRow> Design => Get().Design;

    /// <summary>The weight sets in id order (id 1 first); each maps node code → weight.</summary>
    public static ImmutableArray<ImmutableDictionary<string, double>> WeightSets => Get().WeightSets;

    /// <summary>Unit codes of the score file, in file order.</summary>
    public static ImmutableArray<string> Units => Get().Units;

    /// <summary>The nominal Index score per unit (file order).</summary>
    public static ImmutableArray<double> NominalScores => Get().Nominal;

    /// <summary>Index scores: <c>Scores[run][unit]</c>, run 0 = <c>r_1</c>, unit in file order.</summary>
    public static ImmutableArray<ImmutableArray<double>> Scores => Get().Scores;

    /// <summary>
    /// The reference ranks: <c>Ranks[run][unit]</c>, rank 1 = highest Index score, ties take the smallest rank
    /// (R <c>rank(-x, ties.method = "min")</c>), as COINr ranks each run.
    /// </summary>
    public static ImmutableArray<ImmutableArray<double>> Ranks => Get().Ranks;

    /// <summary>A file of the reference <c>uncertainty</c> folder as header and rows, quotes removed.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The header and the rows (each as long as the header).</returns>
    public static (string[] Header, List<string[]> Rows) ReadQuoted(string fileName)
    {
        var path = ReferenceData.PathOf("uncertainty", fileName);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 1, $"{fileName} has no data rows.");
        var header = SplitQuoted(lines[0]);
        var rows = new List<string[]>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++)
        {
            var row = SplitQuoted(lines[i]);
            Assert.True(row.Length == header.Length, $"{fileName} line {i + 1} has {row.Length} fields; the header has {header.Length}.");
            rows.Add(row);
        }

        return (header, rows);
    }

    /// <summary>Splits one CSV line: fields in double quotes may hold commas; a doubled quote inside is one quote.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The fields, quotes removed.</returns>
    public static string[] SplitQuoted(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static Loaded Get()
    {
        // Resolving the folder first makes a missing reference skip (or fail on CI) before anything is cached.
        _ = ReferenceData.Folder;
        return Data.Value;
    }

    private static Loaded Load()
    {
        var design = LoadDesign();
        var weightSets = LoadWeightSets();
        var (units, nominal, scores) = LoadScores();
        var ranks = scores.Select(run => RankDescendingMin(run.AsSpan())).ToImmutableArray();
        return new Loaded(design, weightSets, units, nominal, scores, ranks);
    }

    private static ImmutableArray<DesignRow> LoadDesign()
    {
        var (header, rows) = ReadQuoted("ua_N100_design.csv");
        int Column(string name)
        {
            var i = Array.IndexOf(header, name);
            Assert.True(i >= 0, $"ua_N100_design.csv has no column \"{name}\".");
            return i;
        }

        var rep = Column("rep");
        var winmax = Column("Winmax");
        var normalisation = Column("Normalisation");
        var weightSet = Column("WeightSet");
        var aggregation = Column("Aggregation");
        var design = rows
            .Select(r => new DesignRow(
                int.Parse(r[rep], CultureInfo.InvariantCulture),
                int.Parse(r[winmax], CultureInfo.InvariantCulture),
                r[normalisation],
                int.Parse(r[weightSet], CultureInfo.InvariantCulture),
                r[aggregation]))
            .ToImmutableArray();
        Assert.Equal(Enumerable.Range(1, RunCount), design.Select(d => d.Run));
        return design;
    }

    private static ImmutableArray<ImmutableDictionary<string, double>> LoadWeightSets()
    {
        var (header, rows) = ReadQuoted("ua_N100_weightsets.csv");
        Assert.Equal(["WeightSet", "iCode", "Level", "Weight"], header);
        var sets = rows
            .GroupBy(r => int.Parse(r[0], CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .ToList();
        Assert.Equal(Enumerable.Range(1, RunCount), sets.Select(g => g.Key));
        return sets
            .Select(g => g.ToImmutableDictionary(r => r[1], r => ReferenceCsv.Number(r[3]), StringComparer.Ordinal))
            .ToImmutableArray();
    }

    private static (ImmutableArray<string> Units, ImmutableArray<double> Nominal, ImmutableArray<ImmutableArray<double>> Scores) LoadScores()
    {
        var (header, rows) = ReadQuoted("ua_N100_index_scores_per_rep.csv");
        Assert.Equal("uCode", header[0]);
        Assert.Equal("Nominal", header[1]);
        Assert.Equal(Enumerable.Range(1, RunCount).Select(r => $"r_{r}"), header.Skip(2));
        var units = rows.Select(r => r[0]).ToImmutableArray();
        var nominal = rows.Select(r => ReferenceCsv.Number(r[1])).ToImmutableArray();
        var scores = Enumerable.Range(0, RunCount)
            .Select(run => rows.Select(r => ReferenceCsv.Number(r[2 + run])).ToImmutableArray())
            .ToImmutableArray();
        return (units, nominal, scores);
    }

    /// <summary>Rank 1 = highest; ties share the smallest rank; NaN stays NaN (written out here so the reference side
    /// does not depend on the library's ranker).</summary>
    private static ImmutableArray<double> RankDescendingMin(ReadOnlySpan<double> scores)
    {
        var ranks = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                ranks[i] = double.NaN;
                continue;
            }

            var better = 0;
            foreach (var other in scores)
            {
                if (other > scores[i])
                {
                    better++;
                }
            }

            ranks[i] = better + 1;
        }

        return [.. ranks];
    }

    /// <summary>One run of the reference design.</summary>
    /// <param name="Run">The run number (1-based, <c>rep</c>).</param>
    /// <param name="Winmax">The maximum number of winsorised points.</param>
    /// <param name="Normalisation">COINr's label, <c>n_minmax(1,100)</c> or <c>n_zscore(10,2)</c>.</param>
    /// <param name="WeightSet">The weight set's id (1-based).</param>
    /// <param name="Aggregation">COINr's label, <c>a_amean</c> or <c>a_gmean</c>.</param>
    public sealed record DesignRow(int Run, int Winmax, string Normalisation, int WeightSet, string Aggregation)
    {
        /// <summary>Position of this run's normalisation in <see cref="Normalisations"/>.</summary>
        public int NormalisationIndex => Normalisation switch
        {
            "n_minmax(1,100)" => 0,
            "n_zscore(10,2)" => 1,
            _ => throw new FormatException($"Run {Run}: unknown normalisation \"{Normalisation}\"."),
        };

        /// <summary>Position of this run's aggregation in <see cref="Aggregations"/>.</summary>
        public int AggregationIndex => Aggregation switch
        {
            "a_amean" => 0,
            "a_gmean" => 1,
            _ => throw new FormatException($"Run {Run}: unknown aggregation \"{Aggregation}\"."),
        };
    }

    private sealed record Loaded(
        ImmutableArray<DesignRow> Design,
        ImmutableArray<ImmutableDictionary<string, double>> WeightSets,
        ImmutableArray<string> Units,
        ImmutableArray<double> Nominal,
        ImmutableArray<ImmutableArray<double>> Scores,
        ImmutableArray<ImmutableArray<double>> Ranks);
}
