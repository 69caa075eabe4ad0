using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>How the <c>pii</c> and <c>check</c> commands (and the build summary) write numbers, counts and published values on screen: in the culture of the chosen language (decimal comma in Vietnamese), <c>NA</c> for a missing value.</summary>
internal static class PiiText
{
    /// <summary>The label shown wherever sample results are shown (<see cref="PiiSample.Notice"/>), in the chosen language; it always says SAMPLE.</summary>
    public static string SampleNotice => Format(CliTexts.SampleNotice, PiiSampleGenerator.DefaultSeed);

    /// <summary>A published figure with the precision it carries (50.70 stays 50.70); <c>NA</c> when null.</summary>
    public static string Figure(decimal? value) => value is { } v ? v.ToString(CultureInfo.CurrentCulture) : "NA";

    /// <summary>A score rounded half-up to two decimals as PII figures are published; <c>NA</c> when missing.</summary>
    public static string Published(double value) => Figure(PublicationRounding.Publish(value));

    /// <summary>A ratio with two decimals; <c>NA</c> when missing.</summary>
    public static string Ratio(double value) => RankingTable.FormatScore(value);

    /// <summary>A raw indicator value: up to six significant decimals, no exponent for ordinary magnitudes.</summary>
    public static string Raw(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("0.######", CultureInfo.CurrentCulture);

    /// <summary>The distinct values of some published facts, in file order, joined by <c> / </c> (sources may disagree); empty when none.</summary>
    public static string Values(ImmutableArray<PublishedFact> facts) =>
        string.Join(" / ", facts.Select(f => f.Value).Distinct().Select(v => Figure(v)));

    /// <summary>How the output names a unit list.</summary>
    public static string Describe(UnitList list) =>
        list == UnitList.Provinces63 ? CliTexts.UnitList63 : CliTexts.UnitList34;

    /// <summary>Formats for the screen: with the culture of the language the command runs in (<see cref="CliApp.Language"/>).</summary>
    public static string OnScreen(FormattableString text) => text.ToString(CultureInfo.CurrentCulture);

    /// <summary>
    /// A translated composite format string (a <see cref="CliTexts"/> entry) filled in for the screen: numbers in the
    /// culture of the chosen language. A sentence is one entry with placeholders, never translated pieces joined.
    /// </summary>
    public static string Format(string pattern, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, pattern, arguments);

    /// <summary>A count in the chosen language: <paramref name="one"/> for 1, else <paramref name="many"/> (<see cref="CliTexts"/> entries such as <c>{0} units</c>).</summary>
    public static string Count(int count, string one, string many) => Format(count == 1 ? one : many, count);

    /// <summary>"1 unit", "2 units" (English only: for the outputs not translated yet).</summary>
    public static string Count(int count, string noun) => OnScreen($"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>A place in a ranking in the chosen language: an English ordinal (2nd), or "thứ 2" in Vietnamese (<see cref="CliTexts.Place"/>).</summary>
    public static string Place(int number) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? Format(CliTexts.Place, number) : Ordinal(number);

    /// <summary>An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st.</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return OnScreen($"{number}{suffix}");
    }

    /// <summary>
    /// The flags of some notes: <c>conflict</c>, <c>revision</c>, <c>unconfirmed</c>, <c>derived</c>, in that order, each
    /// once, then <c>earlier vintage</c> when <paramref name="earlierVintage"/> (each word in the chosen language).
    /// </summary>
    public static IEnumerable<string> Flags(IEnumerable<FactNote> notes, bool earlierVintage = false)
    {
        var list = notes.ToList();
        if (list.Any(n => n.IsConflict))
        {
            yield return CliTexts.FlagConflict;
        }

        if (list.Any(n => n.Markers.HasFlag(NoteMarkers.Revision)))
        {
            yield return CliTexts.FlagRevision;
        }

        if (list.Any(n => n.IsUnconfirmed))
        {
            yield return CliTexts.FlagUnconfirmed;
        }

        if (list.Any(n => n.IsDerived))
        {
            yield return CliTexts.FlagDerived;
        }

        if (earlierVintage)
        {
            yield return CliTexts.FlagEarlierVintage;
        }
    }

    /// <summary>A unit's published national rank (versions joined by <c> / </c>), else its rank band <c>a–b</c>, else <c>–</c>; <c>–</c> for no row.</summary>
    public static string RankCell(PublishedUnitRow? row)
    {
        if (row is null)
        {
            return PiiBuildReport.NotPublished;
        }

        var ranks = row.Of(MeasureKind.Rank);
        if (!ranks.IsEmpty)
        {
            return Values(ranks);
        }

        var min = row.Of(MeasureKind.RankBandMin);
        var max = row.Of(MeasureKind.RankBandMax);
        return min.IsEmpty || max.IsEmpty ? PiiBuildReport.NotPublished : $"{Values(min)}–{Values(max)}";
    }

    /// <summary>A unit's published values of one kind (versions joined by <c> / </c>); <c>–</c> when none or no row.</summary>
    public static string Cell(PublishedUnitRow? row, MeasureKind kind) =>
        row?.Of(kind) is { IsEmpty: false } facts ? Values(facts) : PiiBuildReport.NotPublished;
}
