using System.Globalization;
using System.Text;

namespace Nq52Metrics.Conformance;

/// <summary>
/// Collects every disagreement of one pipeline step with the reference, then asserts once: the failure message
/// names the step, the number of mismatches and, for each one (up to a limit), the unit, the column, the
/// expected and the actual value.
/// </summary>
/// <param name="step">The step's name, e.g. the reference file name.</param>
/// <param name="rowKind">What a row is in this step ("unit" for data tables, "indicator" for per-indicator reports).</param>
public sealed class MismatchLog(string step, string rowKind = "unit")
{
    /// <summary>Relative tolerance of numeric comparisons: |actual − expected| ≤ 1e-9·max(1, |expected|).</summary>
    public const double RelativeTolerance = 1e-9;

    private const int MaxListed = 40;

    private readonly List<string> _mismatches = [];

    /// <summary>The step being compared.</summary>
    public string Step { get; } = step;

    /// <summary>Number of cells (or items) compared so far.</summary>
    public int Compared { get; private set; }

    /// <summary>Largest |actual − expected| / max(1, |expected|) seen among tolerance comparisons of two numbers.</summary>
    public double LargestRelativeDeviation { get; private set; }

    /// <summary>Number of mismatches so far.</summary>
    public int Count => _mismatches.Count;

    /// <summary>
    /// True when two numbers agree: both NaN, or |actual − expected| ≤ 1e-9·max(1, |expected|).
    /// </summary>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">Our value.</param>
    /// <returns>Whether they agree.</returns>
    public static bool Agree(double expected, double actual) =>
        double.IsNaN(expected) || double.IsNaN(actual)
            ? double.IsNaN(expected) && double.IsNaN(actual)
            : Math.Abs(actual - expected) <= RelativeTolerance * Math.Max(1, Math.Abs(expected));

    /// <summary>Compares one number with the relative tolerance.</summary>
    /// <param name="unit">The unit (row) compared.</param>
    /// <param name="column">The column compared.</param>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">Our value.</param>
    public void Number(string unit, string column, double expected, double actual)
    {
        Compared++;
        if (double.IsFinite(expected) && double.IsFinite(actual))
        {
            LargestRelativeDeviation = Math.Max(LargestRelativeDeviation, Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected)));
        }

        if (!Agree(expected, actual))
        {
            Add(unit, column, Format(expected), Format(actual));
        }
    }

    /// <summary>Compares two numbers that must be identical (e.g. ranks), NaN matching NaN.</summary>
    /// <param name="unit">The unit (row) compared.</param>
    /// <param name="column">The column compared.</param>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">Our value.</param>
    public void Exact(string unit, string column, double expected, double actual)
    {
        Compared++;
        if (!(expected.Equals(actual)))
        {
            Add(unit, column, Format(expected), Format(actual));
        }
    }

    /// <summary>Compares two texts (flags, categories) for equality.</summary>
    /// <param name="unit">The unit (row) compared.</param>
    /// <param name="column">The column compared.</param>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">Our value.</param>
    public void Text(string unit, string column, string expected, string actual)
    {
        Compared++;
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Add(unit, column, expected, actual);
        }
    }

    /// <summary>Records a disagreement that is not a cell comparison (a missing unit or column).</summary>
    /// <param name="unit">The unit concerned, or a dash.</param>
    /// <param name="column">The column concerned, or a dash.</param>
    /// <param name="expected">What the reference has.</param>
    /// <param name="actual">What we have.</param>
    public void Add(string unit, string column, string expected, string actual) =>
        _mismatches.Add($"{rowKind} {unit}, column {column}: expected {expected}, actual {actual}");

    /// <summary>A one-line summary: comparisons, mismatches and the largest relative deviation.</summary>
    /// <returns>The summary.</returns>
    public string Summary() =>
        string.Create(CultureInfo.InvariantCulture, $"{Step}: {Compared} comparisons, {Count} mismatches, largest relative deviation {LargestRelativeDeviation:G3}.");

    /// <summary>Fails the test when any mismatch was recorded, listing them.</summary>
    public void AssertNone()
    {
        if (_mismatches.Count == 0)
        {
            return;
        }

        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Step {Step}: {_mismatches.Count} mismatches in {Compared} comparisons")
            .Append(CultureInfo.InvariantCulture, $" (relative tolerance {RelativeTolerance:R}, NaN must match NaN):");
        foreach (var line in _mismatches.Take(MaxListed))
        {
            message.AppendLine().Append("  ").Append(line);
        }

        if (_mismatches.Count > MaxListed)
        {
            message.AppendLine().Append(CultureInfo.InvariantCulture, $"  … and {_mismatches.Count - MaxListed} more.");
        }

        Assert.Fail(message.ToString());
    }

    private static string Format(double value) =>
        double.IsNaN(value) ? "NA" : value.ToString("R", CultureInfo.InvariantCulture);
}
