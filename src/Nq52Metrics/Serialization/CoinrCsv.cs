using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Nq52Metrics.Data;
using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;

using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads COINr's flat CSV formats: the <c>iMeta</c> table (one row per node, group and denominator column) and the
/// <c>iData</c> table (one row per unit). Numbers use the invariant culture and parse round-trip exact; <c>NA</c>
/// or an empty cell means missing. Every problem is reported with its file, line and column.
/// </summary>
public static class CoinrCsv
{
    private static readonly string[] SpecialDataColumns = ["uCode", "uName", "Time"];

    /// <summary>Reads an <c>iMeta</c> CSV file into a framework.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing, malformed or describes an invalid framework.</exception>
    public static IndexFramework ReadMeta(string path) => CsvTable.Read(path).Then(ParseMeta).GetValueOrThrow();

    /// <summary>Reads an <c>iMeta</c> CSV file, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid), as <see cref="ReadMeta"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryReadMeta(string path, [NotNullWhen(true)] out IndexFramework? framework, out ImmutableArray<ValidationProblem> problems) =>
        CsvTable.Read(path).Then(ParseMeta).TryGetValue(out framework, out problems);

    /// <summary>Parses <c>iMeta</c> CSV text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">A name for error locations (e.g. the file name).</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">The text is malformed or describes an invalid framework.</exception>
    public static IndexFramework ParseMeta(string text, string source = "iMeta") => CsvTable.Parse(text, source).Then(ParseMeta).GetValueOrThrow();

    /// <summary>Reads an <c>iData</c> CSV file for a framework.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for (which columns are indicators, groups, denominators).</param>
    /// <returns>The validated dataset.</returns>
    /// <exception cref="Nq52ValidationException">The file is missing or malformed, a cell is not a number, unit codes
    /// repeat, or the columns do not match the framework.</exception>
    public static Dataset ReadData(string path, IndexFramework framework) =>
        CsvTable.Read(path).Then(csv => ParseData(csv, framework)).GetValueOrThrow();

    /// <summary>Reads an <c>iData</c> CSV file for a framework, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="dataset">The dataset, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid), as <see cref="ReadData"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryReadData(string path, IndexFramework framework, [NotNullWhen(true)] out Dataset? dataset, out ImmutableArray<ValidationProblem> problems) =>
        CsvTable.Read(path).Then(csv => ParseData(csv, framework)).TryGetValue(out dataset, out problems);

    /// <summary>Parses <c>iData</c> CSV text for a framework.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="source">A name for error locations.</param>
    /// <returns>The validated dataset.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="ReadData"/>.</exception>
    public static Dataset ParseData(string text, IndexFramework framework, string source = "iData") =>
        CsvTable.Parse(text, source).Then(csv => ParseData(csv, framework)).GetValueOrThrow();

    /// <summary>
    /// Reads an <c>iData</c> CSV file as panel data: the <c>Time</c> column (a whole number, e.g. the year) names each
    /// row's period, and each period holds every unit once. A file without a <c>Time</c> column is one period, 0.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <returns>The validated panel.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="ReadData"/>; also a <c>Time</c> value that is empty or not
    /// a whole number, a unit repeated within a period, or a period missing a unit of another period.</exception>
    public static PanelDataset ReadPanelData(string path, IndexFramework framework) =>
        CsvTable.Read(path).Then(csv => ParsePanel(csv, framework)).GetValueOrThrow();

    /// <summary>Parses <c>iData</c> CSV text as panel data (see <see cref="ReadPanelData"/>).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="source">A name for error locations.</param>
    /// <returns>The validated panel.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="ReadPanelData"/>.</exception>
    public static PanelDataset ParsePanelData(string text, IndexFramework framework, string source = "iData") =>
        CsvTable.Parse(text, source).Then(csv => ParsePanel(csv, framework)).GetValueOrThrow();

    /// <summary>Reads an <c>iData</c> CSV file as panel data, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="framework">The framework the data are for.</param>
    /// <param name="panel">The panel, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid), as <see cref="ReadPanelData"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryReadPanelData(string path, IndexFramework framework, [NotNullWhen(true)] out PanelDataset? panel, out ImmutableArray<ValidationProblem> problems) =>
        CsvTable.Read(path).Then(csv => ParsePanel(csv, framework)).TryGetValue(out panel, out problems);

    /// <summary>Reads a weights CSV with columns <c>iCode,Weight</c> (weight overrides by node code).</summary>
    /// <param name="path">The file.</param>
    /// <returns>Weight by node code.</returns>
    /// <exception cref="Nq52ValidationException">Missing columns, repeated codes, or weights that are not finite numbers &gt; 0.</exception>
    public static ImmutableDictionary<string, double> ReadWeights(string path) => CsvTable.Read(path).Then(ParseWeights).GetValueOrThrow();

    /// <summary>Reads a weights CSV, returning its problems rather than throwing them.</summary>
    /// <param name="path">The file.</param>
    /// <param name="weights">Weight by node code, when the file is valid.</param>
    /// <param name="problems">Every problem (empty when valid), as <see cref="ReadWeights"/> would throw them.</param>
    /// <returns>True when the file is valid.</returns>
    public static bool TryReadWeights(string path, [NotNullWhen(true)] out ImmutableDictionary<string, double>? weights, out ImmutableArray<ValidationProblem> problems) =>
        CsvTable.Read(path).Then(ParseWeights).TryGetValue(out weights, out problems);

    /// <summary>Parses weights CSV text (<c>iCode,Weight</c>).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">A name for error locations.</param>
    /// <returns>Weight by node code.</returns>
    /// <exception cref="Nq52ValidationException">As <see cref="ReadWeights"/>.</exception>
    public static ImmutableDictionary<string, double> ParseWeights(string text, string source = "weights") =>
        CsvTable.Parse(text, source).Then(ParseWeights).GetValueOrThrow();

    private static Outcome<ImmutableDictionary<string, double>> ParseWeights(CsvTable csv)
    {
        var problems = new ValidationProblems();
        var code = RequireColumn(csv, "iCode", problems);
        var weight = RequireColumn(csv, "Weight", problems);
        if (!problems.IsEmpty)
        {
            return Outcome<ImmutableDictionary<string, double>>.Failure(problems.Items);
        }

        var result = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        for (var r = 0; r < csv.Rows.Count; r++)
        {
            var key = csv.Rows[r][code].Trim();
            var text = csv.Rows[r][weight];
            if (key.Length == 0)
            {
                problems.AddMessage(csv.Location(r, "iCode"), nameof(Messages.CsvCodeEmpty));
            }
            else if (!CsvNumbers.TryParse(text, out var w) || !(w >= 0) || !double.IsFinite(w))
            {
                problems.AddMessage(csv.Location(r, "Weight"), nameof(Messages.CsvWeightInvalid), ProblemText.Quote(CsvNumbers.Show(text)));
            }
            else if (!result.TryAdd(key, w))
            {
                problems.AddMessage(csv.Location(r, "iCode"), nameof(Messages.CsvGivenTwice), ProblemText.Quote(key));
            }
        }

        if (csv.Rows.Count == 0)
        {
            problems.AddMessage(ProblemLocation.InFile(csv.Source), nameof(Messages.CsvNoWeights));
        }

        return problems.IsEmpty ? Outcome<ImmutableDictionary<string, double>>.Success(result.ToImmutable()) : Outcome<ImmutableDictionary<string, double>>.Failure(problems.Items);
    }

    /// <summary>Parses iMeta CSV text, the problems as data (used by the workbook reader).</summary>
    internal static Outcome<IndexFramework> TryParseMeta(string text, string source) => CsvTable.Parse(text, source).Then(ParseMeta);

    /// <summary>Parses iData CSV text for a framework, the problems as data (used by the workbook reader).</summary>
    internal static Outcome<Dataset> TryParseData(string text, IndexFramework framework, string source) =>
        CsvTable.Parse(text, source).Then(csv => ParseData(csv, framework));

    /// <summary>Parses iData CSV text as panel data, the problems as data (used by the workbook reader).</summary>
    internal static Outcome<PanelDataset> TryParsePanelData(string text, IndexFramework framework, string source) =>
        CsvTable.Parse(text, source).Then(csv => ParsePanel(csv, framework));

    private static Outcome<IndexFramework> ParseMeta(CsvTable csv)
    {
        var problems = new ValidationProblems();
        var level = RequireColumn(csv, "Level", problems);
        var code = RequireColumn(csv, "iCode", problems);
        var type = RequireColumn(csv, "Type", problems);
        var parent = RequireColumn(csv, "Parent", problems);
        var direction = csv.ColumnIndex("Direction");
        var weight = csv.ColumnIndex("Weight");
        var name = csv.ColumnIndex("iName");
        var unit = csv.ColumnIndex("Unit");
        var target = csv.ColumnIndex("Target");
        var denominator = csv.ColumnIndex("Denominator");
        var gpLower = csv.ColumnIndex("goalpost_lower");
        var gpUpper = csv.ColumnIndex("goalpost_upper");
        var transform = csv.ColumnIndex("Transform");
        if (!problems.IsEmpty)
        {
            return Outcome<IndexFramework>.Failure(problems.Items);
        }

        var nodes = new List<FrameworkNode>();
        var groups = new List<string>();
        var denominators = new List<string>();
        for (var r = 0; r < csv.Rows.Count; r++)
        {
            var row = csv.Rows[r];
            var nodeCode = row[code].Trim();
            var kind = row[type].Trim();
            switch (kind)
            {
                case "Group":
                case "Other":
                    groups.Add(nodeCode);
                    continue;
                case "Denominator":
                    denominators.Add(nodeCode);
                    continue;
                case "Indicator":
                case "Aggregate":
                    break;
                default:
                    problems.AddMessage(csv.Location(r, "Type"), nameof(Messages.CsvTypeUnknown), ProblemText.Quote(kind));
                    continue;
            }

            var nodeLevel = ParseInt(csv, r, level, "Level", problems);
            if (kind == "Indicator" && nodeLevel is not null and not 1)
            {
                problems.AddMessage(csv.Location(r, "Level"), nameof(Messages.CsvIndicatorLevel), nodeLevel);
            }
            else if (kind == "Aggregate" && nodeLevel is < 2)
            {
                problems.AddMessage(csv.Location(r, "Level"), nameof(Messages.CsvAggregateLevel), nodeLevel);
            }

            var dir = direction < 0 || CsvNumbers.IsMissing(row[direction]) ? 1 : ParseInt(csv, r, direction, "Direction", problems);
            if (dir is not null and not (1 or -1))
            {
                problems.AddMessage(csv.Location(r, "Direction"), nameof(Messages.CsvDirectionInvalid), dir);
            }

            var w = weight < 0 || CsvNumbers.IsMissing(row[weight]) ? 1.0 : ParseDouble(csv, r, weight, "Weight", problems);
            var t = target < 0 || CsvNumbers.IsMissing(row[target]) ? null : ParseDouble(csv, r, target, "Target", problems);
            Goalposts? goalposts = null;
            if (gpLower >= 0 && gpUpper >= 0 && !CsvNumbers.IsMissing(row[gpLower]) && !CsvNumbers.IsMissing(row[gpUpper]))
            {
                var lo = ParseDouble(csv, r, gpLower, "goalpost_lower", problems);
                var hi = ParseDouble(csv, r, gpUpper, "goalpost_upper", problems);
                goalposts = lo is { } l && hi is { } h ? new Goalposts(l, h) : null;
            }

            var nodeTransform = IndicatorTransform.None;
            if (transform >= 0 && !CsvNumbers.IsMissing(row[transform]))
            {
                if (Transformation.Parse(row[transform].Trim()) is { } parsed)
                {
                    nodeTransform = parsed;
                }
                else
                {
                    problems.AddMessage(csv.Location(r, "Transform"), nameof(Messages.CsvTransformUnknown), ProblemText.Quote(row[transform]));
                }
            }

            if (nodeLevel is null || dir is null || w is null)
            {
                continue;
            }

            nodes.Add(new FrameworkNode
            {
                Code = nodeCode,
                Name = name < 0 || CsvNumbers.IsMissing(row[name]) ? "" : row[name],
                Level = nodeLevel.Value,
                Parent = CsvNumbers.IsMissing(row[parent]) ? null : row[parent].Trim(),
                Weight = w.Value,
                Direction = (Direction)dir.Value,
                Unit = unit < 0 || CsvNumbers.IsMissing(row[unit]) ? null : row[unit],
                Target = t,
                Denominator = denominator < 0 || CsvNumbers.IsMissing(row[denominator]) ? null : row[denominator].Trim(),
                Goalposts = goalposts,
                Transform = nodeTransform,
            });
        }

        return problems.IsEmpty
            ? IndexFramework.TryCreate(nodes, groups, denominators).From(csv.Source)
            : Outcome<IndexFramework>.Failure(problems.Items);
    }

    private static Outcome<Dataset> ParseData(CsvTable csv, IndexFramework framework) =>
        ParsePanel(csv, framework).Then(panel => panel.Periods.Length > 1
            ? Outcome<Dataset>.Failure([ProblemMessages.Problem(
                ProblemLocation.InFile(csv.Source) with { Column = "Time" },
                nameof(Messages.DataIsPanel),
                panel.Periods.Length,
                string.Join(", ", panel.Periods))])
            : Outcome<Dataset>.Success(panel.Datasets[0]));

    private static Outcome<PanelDataset> ParsePanel(CsvTable csv, IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var problems = new ValidationProblems();
        var codeColumn = RequireColumn(csv, "uCode", problems);
        var nameColumn = csv.ColumnIndex("uName");
        var timeColumn = csv.ColumnIndex("Time");
        var indicatorColumns = new List<(int Index, string Code)>();
        var denominatorColumns = new List<(int Index, string Code)>();
        var groupColumns = new List<(int Index, string Code)>();
        for (var c = 0; c < csv.Header.Count; c++)
        {
            var column = Codes.Normalize(csv.Header[c]);
            if (SpecialDataColumns.Contains(column, StringComparer.Ordinal))
            {
                continue;
            }

            if (framework.TryGetNode(column, out var node))
            {
                if (node.IsIndicator)
                {
                    indicatorColumns.Add((c, column));
                }
                else
                {
                    problems.AddMessage(csv.WholeColumn(column), nameof(Messages.DataColumnIsAggregate), node.Level);
                }
            }
            else if (framework.DenominatorColumns.Contains(column, StringComparer.Ordinal))
            {
                denominatorColumns.Add((c, column));
            }
            else if (framework.GroupColumns.Contains(column, StringComparer.Ordinal))
            {
                groupColumns.Add((c, column));
            }
            else
            {
                problems.AddMessage(csv.WholeColumn(column), nameof(Messages.DataColumnUnknown));
            }
        }

        var present = indicatorColumns.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in framework.Indicators.Where(i => !present.Contains(i.Code)))
        {
            problems.AddMessage(ProblemLocation.InFile(csv.Source), nameof(Messages.DataIndicatorWithoutColumn), indicator.Code);
        }

        if (csv.Rows.Count == 0)
        {
            problems.AddMessage(ProblemLocation.InFile(csv.Source), nameof(Messages.DataNoUnits));
        }

        // Header problems do not stop the reading of the cells, so one run lists every problem of the file;
        // only a missing uCode column or an empty file leaves nothing to read.
        if (codeColumn < 0 || csv.Rows.Count == 0)
        {
            return Outcome<PanelDataset>.Failure(problems.Items);
        }

        var units = new List<Unit>();
        var periods = new List<int>();
        var seen = new Dictionary<(int, string), int>();
        var indicatorRows = new List<IReadOnlyList<double>>();
        var denominatorRows = new List<IReadOnlyList<double>>();
        for (var r = 0; r < csv.Rows.Count; r++)
        {
            var row = csv.Rows[r];
            var period = timeColumn < 0 ? 0 : ParsePeriod(csv, r, timeColumn, problems) ?? 0;
            var unitCode = Codes.Normalize(row[codeColumn].Trim());
            if (unitCode.Length == 0 || CsvNumbers.IsMissing(unitCode))
            {
                problems.AddMessage(csv.Location(r, "uCode"), nameof(Messages.DataUnitCodeEmpty));
            }
            else if (!seen.TryAdd((period, unitCode), csv.LineNumbers[r]))
            {
                if (timeColumn < 0)
                {
                    problems.AddMessage(csv.Location(r, "uCode"), nameof(Messages.DataUnitRepeated), ProblemText.Quote(unitCode), seen[(period, unitCode)]);
                }
                else
                {
                    problems.AddMessage(csv.Location(r, "uCode"), nameof(Messages.DataUnitRepeatedInPeriod), ProblemText.Quote(unitCode), period, seen[(period, unitCode)]);
                }
            }

            var groups = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (index, group) in groupColumns)
            {
                if (!CsvNumbers.IsMissing(row[index]))
                {
                    groups[group] = row[index].Trim();
                }
            }

            var unitName = nameColumn >= 0 && !CsvNumbers.IsMissing(row[nameColumn]) ? row[nameColumn] : unitCode;
            units.Add(new Unit(unitCode, unitName, groups.ToImmutable()));
            periods.Add(period);
            indicatorRows.Add(ParseNumbers(csv, r, indicatorColumns, problems));
            denominatorRows.Add(ParseNumbers(csv, r, denominatorColumns, problems));
        }

        if (!problems.IsEmpty)
        {
            return Outcome<PanelDataset>.Failure(problems.Items);
        }

        var byPeriod = new List<KeyValuePair<int, Dataset>>();
        foreach (var period in periods.Distinct())
        {
            var rows = Enumerable.Range(0, units.Count).Where(r => periods[r] == period).ToList();
            var indicators = UnitTable.FromRows(rows.Select(r => units[r]), indicatorColumns.Select(p => p.Code), [.. rows.Select(r => indicatorRows[r])]);
            var denominators = UnitTable.FromRows(rows.Select(r => units[r]), denominatorColumns.Select(p => p.Code), [.. rows.Select(r => denominatorRows[r])]);
            var dataset = Dataset.Create(indicators, denominators);
            var fit = dataset.Check(framework);
            if (!fit.IsEmpty)
            {
                return Outcome<PanelDataset>.Failure(fit).From(csv.Source);
            }

            byPeriod.Add(new(period, dataset));
        }

        return PanelDataset.TryCreate(byPeriod).From(csv.Source);
    }

    /// <summary>The period of a row: its <c>Time</c> cell, which must be a whole number (e.g. a year).</summary>
    private static int? ParsePeriod(CsvTable csv, int r, int column, ValidationProblems problems)
    {
        if (CsvNumbers.IsMissing(csv.Rows[r][column]))
        {
            problems.AddMessage(csv.Location(r, "Time"), nameof(Messages.DataPeriodEmpty));
            return null;
        }

        return ParseInt(csv, r, column, "Time", problems);
    }

    private static double[] ParseNumbers(CsvTable csv, int r, List<(int Index, string Code)> columns, ValidationProblems problems)
    {
        var values = new double[columns.Count];
        for (var k = 0; k < columns.Count; k++)
        {
            var (index, column) = columns[k];
            var text = csv.Rows[r][index];
            if (CsvNumbers.IsMissing(text))
            {
                values[k] = double.NaN;
            }
            else if (CsvNumbers.TryParse(text, out var v))
            {
                values[k] = v;
            }
            else
            {
                problems.Add(CsvNumbers.Problem(csv.Location(r, column), text));
                values[k] = double.NaN;
            }
        }

        return values;
    }

    private static int RequireColumn(CsvTable csv, string name, ValidationProblems problems)
    {
        var index = csv.ColumnIndex(name);
        if (index < 0)
        {
            problems.AddMessage(csv.Line(1), nameof(Messages.CsvRequiredColumnMissing), name);
        }

        return index;
    }

    private static int? ParseInt(CsvTable csv, int r, int column, string name, ValidationProblems problems)
    {
        var text = csv.Rows[r][column];
        if (CsvNumbers.TryParse(text, out var v) && v == Math.Floor(v) && Math.Abs(v) < int.MaxValue)
        {
            return (int)v;
        }

        problems.AddMessage(csv.Location(r, name), nameof(Messages.CsvNotWholeNumber), ProblemText.Quote(CsvNumbers.Show(text)));
        return null;
    }

    private static double? ParseDouble(CsvTable csv, int r, int column, string name, ValidationProblems problems)
    {
        var text = csv.Rows[r][column];
        if (CsvNumbers.TryParse(text, out var v))
        {
            return v;
        }

        problems.AddMessage(csv.Location(r, name), nameof(Messages.CsvNotFiniteNumber), ProblemText.Quote(CsvNumbers.Show(text)));
        return null;
    }
}
