using Nq52Metrics.Construction;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Results;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

/// <summary>
/// A small index written to files the way a user would: two pillars (P1: A1, A2, A3; P2: B1, B2 with B2 "lower is
/// better") under "Index", six units U1…U6 with a "Zone" group column. U4 is the best unit on every indicator,
/// so it tops the index whatever the method.
/// </summary>
internal static class SampleIndex
{
    public const string TopUnit = "U4";

    public static readonly string[] UnitCodes = ["U1", "U2", "U3", "U4", "U5", "U6"];

    public const string FrameworkJsonText = """
        {
          "name": "Sample index",
          "groups": ["Zone"],
          "nodes": [
            { "code": "A1", "name": "Alpha one", "level": 1, "parent": "P1" },
            { "code": "A2", "name": "Alpha two", "level": 1, "parent": "P1", "weight": 2 },
            { "code": "A3", "name": "Alpha three", "level": 1, "parent": "P1" },
            { "code": "B1", "name": "Beta one", "level": 1, "parent": "P2" },
            { "code": "B2", "name": "Beta two", "level": 1, "parent": "P2", "direction": -1 },
            { "code": "P1", "name": "Pillar one", "level": 2, "parent": "Index" },
            { "code": "P2", "name": "Pillar two", "level": 2, "parent": "Index" },
            { "code": "Index", "name": "Sample index", "level": 3 }
          ]
        }
        """;

    public const string MetaCsvText = """
        Level,iCode,iName,Direction,Weight,Parent,Type
        1,A1,Alpha one,1,1,P1,Indicator
        1,A2,Alpha two,1,2,P1,Indicator
        1,A3,Alpha three,1,1,P1,Indicator
        1,B1,Beta one,1,1,P2,Indicator
        1,B2,Beta two,-1,1,P2,Indicator
        2,P1,Pillar one,1,1,Index,Aggregate
        2,P2,Pillar two,1,1,Index,Aggregate
        3,Index,Sample index,1,1,NA,Aggregate
        NA,Zone,Zone,NA,NA,NA,Group
        """;

    public const string DataCsvText = """
        uCode,uName,Zone,A1,A2,A3,B1,B2
        U1,Unit one,East,10,3.5,200,0.41,12
        U2,Unit two,East,14,2.25,180,0.38,9
        U3,Unit three,West,7,4,260,0.52,15
        U4,Unit four,West,21,5.75,310,0.66,4
        U5,Unit five,East,12,1.5,150,0.3,20
        U6,Unit six,West,9,3,240,0.47,11
        """;

    /// <summary>Writes the framework as JSON, the iMeta CSV and the iData CSV; returns their paths.</summary>
    public static (string FrameworkJson, string MetaCsv, string DataCsv) WriteTo(TempFolder folder) =>
        (folder.Write("framework.json", FrameworkJsonText), folder.Write("meta.csv", MetaCsvText), folder.Write("data.csv", DataCsvText));

    /// <summary>The framework, read with the library.</summary>
    public static IndexFramework Framework() => FrameworkJson.Parse(FrameworkJsonText, "framework.json");

    /// <summary>The build the library itself gives for the sample (the reference for CLI output).</summary>
    public static IndexResult Build(Methodology? methodology = null, IndexFramework? framework = null)
    {
        framework ??= Framework();
        return IndexBuilder.Build(framework, CoinrCsv.ParseData(DataCsvText, framework, "data.csv"), methodology);
    }
}
