namespace Nq52Metrics.Vietnam;

/// <summary>
/// The <c>note</c> of a seed fact and the markers found in it. A marker counts when it starts the note or one of its
/// <c>;</c>-separated clauses (<c>conflict:</c>, <c>derived</c>, <c>revision:</c>, <c>unconfirmed</c>/<c>unverified</c>,
/// <c>qualitative target</c>, <c>approximate</c>); <c>(derived)</c> anywhere also marks a derived value.
/// </summary>
public sealed record FactNote
{
    /// <summary>Creates a note and finds its markers.</summary>
    /// <param name="text">The note text; empty when the fact has none.</param>
    public FactNote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
        Markers = Find(Text);
    }

    /// <summary>A fact without a note.</summary>
    public static FactNote None { get; } = new("");

    /// <summary>The note as written (trimmed); empty when none.</summary>
    public string Text { get; }

    /// <summary>The markers the note carries.</summary>
    public NoteMarkers Markers { get; }

    /// <summary>True when sources disagree about this fact (look for the other rows on the same key).</summary>
    public bool IsConflict => Markers.HasFlag(NoteMarkers.Conflict);

    /// <summary>True when the value was computed by arithmetic from sourced values.</summary>
    public bool IsDerived => Markers.HasFlag(NoteMarkers.Derived);

    /// <summary>True when only one weak source, or none, confirms the value.</summary>
    public bool IsUnconfirmed => Markers.HasFlag(NoteMarkers.Unconfirmed);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static NoteMarkers Find(string text)
    {
        var markers = NoteMarkers.None;
        foreach (var clause in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (clause.StartsWith("conflict:", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Conflict;
            }

            if (clause.StartsWith("derived", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Derived;
            }

            if (clause.StartsWith("revision:", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Revision;
            }

            if (clause.StartsWith("unconfirmed", StringComparison.OrdinalIgnoreCase)
                || clause.StartsWith("unverified", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Unconfirmed;
            }

            if (clause.StartsWith("qualitative target", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Qualitative;
            }

            if (clause.StartsWith("approximate", StringComparison.OrdinalIgnoreCase)
                || clause.StartsWith("derived and approximate", StringComparison.OrdinalIgnoreCase))
            {
                markers |= NoteMarkers.Approximate;
            }
        }

        if (text.Contains("(derived)", StringComparison.OrdinalIgnoreCase))
        {
            markers |= NoteMarkers.Derived;
        }

        return markers;
    }
}
