namespace Nq52Metrics.Vietnam;

/// <summary>
/// One source the seed facts cite (a row of <c>sources.csv</c>): a news report, a ministry page or a legal text.
/// Every fact names one or more sources by <see cref="Key"/>.
/// </summary>
/// <param name="Key">The key facts use, e.g. <c>nhandan-pii2023</c>.</param>
/// <param name="Title">The original headline (when the note says so) or a short English description.</param>
/// <param name="Publisher">Usually the outlet's domain; null when not recorded.</param>
/// <param name="Date">The publication date as far as it is known (ISO 8601, possibly partial such as <c>2025-01</c>); null when unknown.</param>
/// <param name="Address">The web address as found (the scheme may be missing); null when only part of it is known.</param>
/// <param name="Note">Remarks, e.g. the known part of an incomplete address; null when none.</param>
public sealed record SourceReference(string Key, string Title, string? Publisher, string? Date, string? Address, string? Note);
