using Nq52Metrics.Data;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Cli;

/// <summary>
/// Finds the unit of the data a user means: its code as in the data (accents typed either way, compared in Unicode
/// normalisation form C), or any key, GSO code or name (with or without diacritics) of a province or 2025 unit of the
/// seeds that a unit of the data matches.
/// </summary>
internal static class PiiUnitLookup
{
    /// <summary>The data's unit for what the user wrote.</summary>
    /// <param name="text">E.g. <c>thai-nguyen</c>, <c>Thái Nguyên</c>, <c>Thai Nguyen</c> or <c>19</c>.</param>
    /// <param name="data">The data.</param>
    /// <param name="seeds">The seeds.</param>
    /// <returns>The unit and, when it matches one, the seeds' unit.</returns>
    /// <exception cref="Nq52ValidationException">No unit of the data matches: the closest unit codes are suggested
    /// (<see cref="CodeSuggestions"/>: diacritics ignored, edit distance, a province's last word finds it), or a few codes
    /// of the data when none is close.</exception>
    public static (Unit Unit, AdministrativeUnit? Known) Find(string text, Dataset data, VietnamSeeds seeds)
    {
        var code = Codes.Normalize(text.Trim());
        var exact = data.Units.FirstOrDefault(u => u.Code == code)
            ?? data.Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return (exact, Match(exact, seeds));
        }

        foreach (var list in new[] { UnitList.Provinces63, UnitList.Units34 })
        {
            if (seeds.TryFindUnit(text, list, out var wanted))
            {
                var unit = data.Units.FirstOrDefault(u => Match(u, list, seeds) == wanted);
                if (unit is not null)
                {
                    return (unit, wanted);
                }
            }
        }

        var closest = CodeSuggestions.ClosestByName(
            text,
            data.Units.Select(u => (u.Code, (IReadOnlyList<string>)[u.Name, .. Match(u, seeds) is { } known ? new[] { known.NameVi, known.Key } : []])));
        var message = closest.IsEmpty
            ? PiiText.Format(CliTexts.UnitUnknownExamples, text, data.Units.Length, string.Join(", ", data.Units.Take(5).Select(u => u.Code)))
            : PiiText.Format(CliTexts.UnitUnknownSuggest, text, string.Join(", ", closest));
        throw new Nq52ValidationException("--unit", message);
    }

    private static AdministrativeUnit? Match(Unit unit, VietnamSeeds seeds) =>
        Match(unit, UnitList.Provinces63, seeds) ?? Match(unit, UnitList.Units34, seeds);

    private static AdministrativeUnit? Match(Unit unit, UnitList list, VietnamSeeds seeds) =>
        seeds.TryFindUnit(unit.Code, list, out var found) || seeds.TryFindUnit(unit.Name, list, out found) ? found : null;
}
