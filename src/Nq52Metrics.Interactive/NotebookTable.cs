using System.Collections.Immutable;

namespace Nq52Metrics.Interactive;

/// <summary>
/// One table of a notebook display: a caption, column headers and rows of already formatted cells (text as shown,
/// not HTML-escaped; the renderers escape it). Immutable.
/// </summary>
public sealed record NotebookTable
{
    private NotebookTable(string caption, ImmutableArray<string> headers, ImmutableArray<ImmutableArray<string>> rows)
    {
        Caption = caption;
        Headers = headers;
        Rows = rows;
    }

    /// <summary>What the table shows.</summary>
    public string Caption { get; }

    /// <summary>The column headers.</summary>
    public ImmutableArray<string> Headers { get; }

    /// <summary>The rows; each has one cell per header.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; }

    /// <summary>Creates a table; an empty row list is allowed (the table shows its headers only).</summary>
    /// <param name="caption">What the table shows.</param>
    /// <param name="headers">The column headers (at least one).</param>
    /// <param name="rows">The rows, each as long as <paramref name="headers"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">No headers, or a row of another length.</exception>
    public static NotebookTable Create(string caption, IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(caption);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var h = headers.ToImmutableArray();
        if (h.IsEmpty)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        var r = rows.Select(row => row.ToImmutableArray()).ToImmutableArray();
        for (var i = 0; i < r.Length; i++)
        {
            if (r[i].Length != h.Length)
            {
                throw new ArgumentException($"Row {i + 1} has {r[i].Length} cells for {h.Length} columns.", nameof(rows));
            }
        }

        return new NotebookTable(caption, h, r);
    }
}
