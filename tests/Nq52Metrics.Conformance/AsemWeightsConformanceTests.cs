namespace Nq52Metrics.Conformance;

/// <summary>COINr's nominal weights (<c>07_weights_nominal.csv</c>) against the framework read from the reference iMeta.</summary>
public sealed class AsemWeightsConformanceTests
{
    [Fact]
    public void Nominal_weights_and_levels_match_the_framework()
    {
        var reference = AsemNominal.Pipeline("07_weights_nominal.csv");
        var framework = AsemNominal.Framework;
        var code = reference.ColumnIndex("iCode");
        var level = reference.ColumnIndex("Level");
        var weight = reference.ColumnIndex("Weight");
        var log = new MismatchLog(reference.Name, "node");
        var referenceCodes = reference.Rows.Select(r => r[code]).ToHashSet(StringComparer.Ordinal);
        foreach (var node in framework.Nodes.Where(n => !referenceCodes.Contains(n.Code)))
        {
            log.Add(node.Code, "-", "no such node", "node present");
        }

        foreach (var row in reference.Rows)
        {
            if (!framework.TryGetNode(row[code], out var node))
            {
                log.Add(row[code], "-", "node present", "no such node");
                continue;
            }

            log.Exact(node.Code, "Level", ReferenceCsv.Number(row[level]), node.Level);
            log.Exact(node.Code, "Weight", ReferenceCsv.Number(row[weight]), node.Weight);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(log.Summary());
        log.AssertNone();
        Assert.Equal(2 * (AsemNominal.IndicatorCount + AsemNominal.AggregateCount), log.Compared);
    }
}
