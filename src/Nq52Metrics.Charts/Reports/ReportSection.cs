namespace Nq52Metrics.Charts.Reports;

/// <summary>One section of the report: its anchor, its heading and its HTML body.</summary>
/// <param name="Id">The HTML id (the contents link to it).</param>
/// <param name="Heading">The heading text (escaped when written).</param>
/// <param name="Body">The body markup (already escaped).</param>
internal sealed record ReportSection(string Id, string Heading, string Body);
