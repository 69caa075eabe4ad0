using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Nq52Metrics.Results;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes a build result as a file (formats in docs/formats.md):
/// <list type="bullet">
/// <item><b>tidy CSV</b>: header <c>unit,node,level,score,rank</c> (with a leading <c>DataStatus</c> column holding
/// <c>SAMPLE</c> on every row when the result was built from sample data, see <see cref="Data.SampleData"/>), one row per ranked unit × framework node (units
/// in data order, nodes in framework order: indicators, then aggregates level by level); an indicator's score is its
/// normalised value. Numbers are invariant-culture, shortest round-trip ("R"); a missing value is <c>NA</c>.</item>
/// <item><b>JSON</b>: <c>"dataStatus": "SAMPLE"</c> first when built from sample data, the index code, the methodology (method-file shape), the framework (framework-file shape) and,
/// per unit, its scores and ranks by node; a missing value is <c>null</c>.</item>
/// </list>
/// Files are written all or nothing: to a temporary file in the same folder, moved into place when complete.
/// </summary>
public static class ResultWriter
{
    /// <summary>The header of the tidy CSV.</summary>
    internal static readonly string[] CsvColumns = ["unit", "node", "level", "score", "rank"];

    /// <summary>The leading column of the tidy CSV of panel data.</summary>
    internal const string PeriodColumn = "period";

    /// <summary>Writes the tidy CSV file.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void WriteCsv(IndexResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.Write(path, stream => WriteCsv(result, stream));
    }

    /// <summary>Writes the tidy CSV, UTF-8 without a byte-order mark, to a stream (left open).</summary>
    internal static void WriteCsv(IndexResult result, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        WriteCsv(result, writer);
    }

    /// <summary>Writes the tidy CSV to a text writer (left open).</summary>
    /// <param name="result">The build result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(IndexResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = NewCsv(writer);
        WriteRows(csv, result, period: null, Data.SampleData.IsSample(result));
    }

    /// <summary>
    /// Writes the tidy CSV of a panel build: when it holds more than one period, a leading <c>period</c> column and the
    /// periods one after the other, ascending; with one period, exactly the single-result file.
    /// </summary>
    /// <param name="result">The panel build result.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void WriteCsv(PanelResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.Write(path, stream => WriteCsv(result, stream));
    }

    /// <summary>Writes the tidy CSV of a panel build, UTF-8 without a byte-order mark, to a stream (left open).</summary>
    internal static void WriteCsv(PanelResult result, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        WriteCsv(result, writer);
    }

    /// <summary>Writes the tidy CSV of a panel build to a text writer (left open); see <see cref="WriteCsv(PanelResult, string)"/>.</summary>
    /// <param name="result">The panel build result.</param>
    /// <param name="writer">Where to write.</param>
    public static void WriteCsv(PanelResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = NewCsv(writer);
        var sample = result.Results.Any(Data.SampleData.IsSample);
        for (var p = 0; p < result.Periods.Length; p++)
        {
            WriteRows(csv, result.Results[p], result.Periods.Length > 1 ? result.Periods[p] : null, sample);
        }
    }

    private static SepWriter NewCsv(TextWriter writer) =>
        Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(writer, leaveOpen: true);

    /// <summary>One row per ranked unit × node; a leading <c>period</c> cell when <paramref name="period"/> is given.</summary>
    private static void WriteRows(SepWriter csv, IndexResult result, int? period, bool sample)
    {
        var nodes = result.Framework.Nodes;
        var units = result.Units;
        for (var i = 0; i < units.Length; i++)
        {
            foreach (var node in nodes)
            {
                using var row = csv.NewRow();
                if (sample)
                {
                    row[Data.SampleData.MarkerColumn].Set(Data.SampleData.Marker);
                }

                if (period is { } p)
                {
                    row[PeriodColumn].Set(p.ToString(CultureInfo.InvariantCulture));
                }

                row[CsvColumns[0]].Set(units[i].Code);
                row[CsvColumns[1]].Set(node.Code);
                row[CsvColumns[2]].Set(node.Level.ToString(CultureInfo.InvariantCulture));
                row[CsvColumns[3]].Set(CsvNumbers.Format(result.Scores.Column(node.Code)[i]));
                row[CsvColumns[4]].Set(CsvNumbers.Format(result.Ranks.Column(node.Code)[i]));
            }
        }
    }

    /// <summary>Writes the JSON file.</summary>
    /// <param name="result">The build result.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void WriteJson(IndexResult result, string path)
    {
        var document = ToDocument(result);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, document, SerializationContext.Writing.ResultDocument));
    }

    /// <summary>Writes the JSON to a stream (left open).</summary>
    internal static void WriteJson(IndexResult result, Stream stream) =>
        JsonSerializer.Serialize(stream, ToDocument(result), SerializationContext.Writing.ResultDocument);

    /// <summary>The result as indented JSON text.</summary>
    /// <param name="result">The build result.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeJson(IndexResult result) =>
        JsonSerializer.Serialize(ToDocument(result), SerializationContext.Writing.ResultDocument);

    /// <summary>
    /// Writes the JSON file of a panel build: the single-result document whose <c>units</c> list every period's units,
    /// period by period, each with its <c>period</c> (omitted when the panel holds one period). The methodology and
    /// framework are the same for every period.
    /// </summary>
    /// <param name="result">The panel build result.</param>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <exception cref="Nq52ValidationException">The file cannot be written (nothing is left behind).</exception>
    public static void WriteJson(PanelResult result, string path)
    {
        var document = ToDocument(result);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, document, SerializationContext.Writing.ResultDocument));
    }

    /// <summary>Writes the JSON of a panel build to a stream (left open).</summary>
    internal static void WriteJson(PanelResult result, Stream stream) =>
        JsonSerializer.Serialize(stream, ToDocument(result), SerializationContext.Writing.ResultDocument);

    internal static ResultDocument ToDocument(PanelResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var units = new List<ResultUnitDocument>();
        for (var p = 0; p < result.Periods.Length; p++)
        {
            units.AddRange(UnitDocuments(result.Results[p], result.Periods.Length > 1 ? result.Periods[p] : null));
        }

        return ToDocument(result.Latest) with
        {
            Units = units,
            DataStatus = result.Results.Any(Data.SampleData.IsSample) ? Data.SampleData.Marker : null,
        };
    }

    internal static ResultDocument ToDocument(IndexResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ResultDocument
        {
            DataStatus = Data.SampleData.IsSample(result) ? Data.SampleData.Marker : null,
            Index = result.IndexCode,
            Methodology = MethodologyJson.ToDocument(result.Methodology),
            Framework = FrameworkJson.ToDocument(result.Framework, name: null),
            Units = UnitDocuments(result, period: null),
        };
    }

    private static List<ResultUnitDocument> UnitDocuments(IndexResult result, int? period)
    {
        var nodes = result.Framework.Nodes;
        var units = new List<ResultUnitDocument>(result.Units.Length);
        for (var i = 0; i < result.Units.Length; i++)
        {
            var unit = result.Units[i];
            var scores = new Dictionary<string, double?>(nodes.Length, StringComparer.Ordinal);
            var ranks = new Dictionary<string, double?>(nodes.Length, StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                scores[node.Code] = OrNull(result.Scores.Column(node.Code)[i]);
                ranks[node.Code] = OrNull(result.Ranks.Column(node.Code)[i]);
            }

            units.Add(new ResultUnitDocument
            {
                Period = period,
                Code = unit.Code,
                Name = unit.Name,
                Groups = unit.Groups.IsEmpty ? null : unit.Groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal),
                Scores = scores,
                Ranks = ranks,
            });
        }

        return units;
    }

    private static double? OrNull(double value) => double.IsNaN(value) ? null : value;
}
