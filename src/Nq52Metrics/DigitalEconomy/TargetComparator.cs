namespace Nq52Metrics.DigitalEconomy;

/// <summary>How a target's value is to be read (the <c>comparator</c> column of <c>targets.csv</c>).</summary>
public enum TargetComparator
{
    /// <summary><c>&gt;=</c>: at least the value (the sources' "more than" is recorded this way, with the wording in the note).</summary>
    AtLeast,

    /// <summary><c>&lt;=</c>: at most the value; for ranks, this rank or better.</summary>
    AtMost,

    /// <summary><c>=</c>: about the value (the sources' "approximately"); treated as a level to reach.</summary>
    About,
}
