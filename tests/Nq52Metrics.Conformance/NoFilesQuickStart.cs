using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Conformance;

/// <summary>
/// The README's first quick start (no files), compiled here. The lines between the markers are, word for word, the
/// README's first C# block after its using lines (checked by <see cref="ReadmeQuickStartTests"/>).
/// </summary>
internal static class NoFilesQuickStart
{
    // The parameter is named Console so that the README's lines, which write to the console, compile here unchanged.
    public static (PiiReport Report, Nq52Metrics.Results.IndexResult Result) Run(TextWriter Console)
    {
        // README quick start: begin
        // 1. The PII on the shipped SAMPLE data (generated values for the 63 provinces; not real results).
        var report = PiiReport.Build(PiiSample.Framework(), PiiSample.Dataset());
        Console.WriteLine(report);                   // SAMPLE PII report: 63 units, compared with PII 2023 (27 rows differ); top 3: …
        Console.WriteLine(report.Rows[0]);           // 1. Hà Nội  PII 68.74 (Input 75.27, Output 62.20)

        // 2. Your own index: five units typed in (made-up numbers), the tree given by parents, levels worked out.
        var framework = new FrameworkBuilder("Index", "Innovation index")
            .Aggregate("Input", parent: "Index")
            .Aggregate("Output", parent: "Index")
            .Indicator("rd", parent: "Input", name: "R&D spending, % of output")
            .Indicator("skills", parent: "Input", name: "Graduates per 1,000 people")
            .Indicator("patents", parent: "Output", name: "Patents per million people")
            .Indicator("exports", parent: "Output", name: "High-tech exports, %")
            .Build();
        var north = new Dictionary<string, string> { ["Region"] = "North" };
        var south = new Dictionary<string, string> { ["Region"] = "South" };
        var data = Dataset.FromUnitValues(
        [
            (new Unit("A", "Unit A", north), new Dictionary<string, double> { ["rd"] = 1.9, ["skills"] = 48, ["patents"] = 95, ["exports"] = 31 }),
            (new Unit("B", "Unit B", north), new Dictionary<string, double> { ["rd"] = 0.7, ["skills"] = 30, ["patents"] = 20, ["exports"] = 12 }),
            (new Unit("C", "Unit C", south), new Dictionary<string, double> { ["rd"] = 1.2, ["skills"] = 41, ["patents"] = 60, ["exports"] = 44 }),
            (new Unit("D", "Unit D", south), new Dictionary<string, double> { ["rd"] = 0.4, ["skills"] = 22, ["patents"] = 8, ["exports"] = 5 }),
            (new Unit("E", "Unit E", south), new Dictionary<string, double> { ["rd"] = 1.0, ["skills"] = 35, ["patents"] = double.NaN, ["exports"] = 27 }),
        ]);
        var result = IndexBuilder.Build(framework, data);   // Methodology.Default: min-max 0–100, arithmetic means
        foreach (var row in result.Ranking())
        {
            Console.WriteLine(row);                  // 1. Unit A  91.67, 2. Unit C  71.55, … 5. Unit D  0.00
        }
        // README quick start: end

        return (report, result);
    }
}
