namespace Nq52Metrics.Vietnam;

/// <summary>The markers a seed fact's note can carry (see <see cref="FactNote"/>).</summary>
[Flags]
public enum NoteMarkers
{
    /// <summary>No marker.</summary>
    None = 0,

    /// <summary><c>conflict:</c> sources disagree; every version is kept on its own row.</summary>
    Conflict = 1,

    /// <summary><c>derived</c>: computed by arithmetic from sourced values.</summary>
    Derived = 2,

    /// <summary><c>revision:</c> an earlier or later vintage of the same official statistic.</summary>
    Revision = 4,

    /// <summary><c>unconfirmed</c> or <c>unverified</c>: one weak source, or none confirming.</summary>
    Unconfirmed = 8,

    /// <summary><c>qualitative target</c>: a target without a number.</summary>
    Qualitative = 16,

    /// <summary><c>approximate</c>: the source gives an approximate value.</summary>
    Approximate = 32,
}
