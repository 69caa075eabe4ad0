using Nq52Metrics.Results;

namespace Nq52Metrics.Data;

/// <summary>
/// How data mark themselves as <b>sample</b> data (generated or illustrative, not real results), and how results
/// built from them are labelled. The rule is carried by the data, not by a file name: a dataset is sample data when it
/// has at least one unit and every unit has the group column <see cref="MarkerColumn"/> (<c>DataStatus</c>) set to
/// <see cref="Marker"/> (<c>SAMPLE</c>, compared without regard to case or surrounding spaces). The shipped sample
/// files (<c>seeds/pii/pii_sample_iData.csv</c>) carry that column on every row, so any command that reads them, under
/// any file name, labels what it shows and writes.
/// </summary>
public static class SampleData
{
    /// <summary>The group column that marks sample rows, and the name of the label column in CSV outputs.</summary>
    public const string MarkerColumn = "DataStatus";

    /// <summary>The value of <see cref="MarkerColumn"/> on every sample row, and the label written on sample outputs.</summary>
    public const string Marker = "SAMPLE";

    /// <summary>The key of the label in JSON outputs (<c>"dataStatus": "SAMPLE"</c>).</summary>
    public const string JsonKey = "dataStatus";

    /// <summary>The generic notice shown wherever results built from sample data are shown.</summary>
    public const string Notice = "SAMPLE DATA: every unit is marked DataStatus = SAMPLE; these are NOT real results.";

    /// <summary>True when every unit of the dataset carries the sample marker (false for a dataset without units).</summary>
    /// <param name="data">A dataset.</param>
    /// <returns>Whether it is sample data.</returns>
    public static bool IsSample(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return IsSample(data.Units);
    }

    /// <summary>True when the result was built from sample data (see <see cref="IsSample(Dataset)"/>).</summary>
    /// <param name="result">A build result.</param>
    /// <returns>Whether its input data are sample data.</returns>
    public static bool IsSample(IndexResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return IsSample(result.Data);
    }

    /// <summary>True when there is at least one unit and every unit carries the sample marker.</summary>
    /// <param name="units">The units.</param>
    /// <returns>Whether they are all sample units.</returns>
    public static bool IsSample(IReadOnlyList<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            return false;
        }

        foreach (var unit in units)
        {
            if (!IsMarker(unit.GroupOf(MarkerColumn)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMarker(string? value) =>
        value is not null && value.Trim().Equals(Marker, StringComparison.OrdinalIgnoreCase);
}
