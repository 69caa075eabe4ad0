using System.Runtime.InteropServices;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Construction;

/// <summary>
/// Runs the pipeline's stages before aggregation for many methodologies, memoised by stage prefix (COINr's
/// <c>Regen(from = …)</c>, done once per distinct prefix): a stage runs once per distinct (input table, canonical spec),
/// and a table equal to one already held is stored once, so work below it is shared too. Seeded with a nominal
/// build, whose tables are reused as they are.
/// </summary>
internal sealed class StageMemo
{
    private readonly PipelineInput _input;
    private readonly List<UnitTable> _tables = [];
    private readonly List<StageFailure> _failures = [];
    private readonly Dictionary<(int Parent, StageSpec Spec, StageSpec? Extra), int> _runs = [];
    private readonly Dictionary<(PipelineStage Stage, int Hash), List<int>> _byContent = [];

    public StageMemo(IndexResult nominal)
    {
        _input = nominal.Input;
        var parent = -1;
        for (var s = 0; s <= (int)PipelineStage.Normalise; s++)
        {
            var stage = Pipeline.Stages[s];
            var id = Store(stage, nominal.Outcomes[s].Table);
            _runs[Key(stage, parent, nominal.Methodology)] = id;
            parent = id;
        }
    }

    /// <summary>How many stage runs were made beyond the nominal build (a measure of the work the memo saved).</summary>
    public int StageRuns { get; private set; }

    /// <summary>The table a memoised result id stands for.</summary>
    public UnitTable Table(int id) => _tables[id];

    /// <summary>
    /// The normalised indicator table of a methodology: its id, or −1 with the failure of the failing stage (its
    /// problems, and whether it overflowed) when a stage is undefined for its input or its output overflows.
    /// </summary>
    public (int Id, StageFailure? Failure) Normalised(Methodology methodology)
    {
        var parent = -1;
        for (var s = 0; s <= (int)PipelineStage.Normalise; s++)
        {
            var stage = Pipeline.Stages[s];
            var key = Key(stage, parent, methodology);
            if (!_runs.TryGetValue(key, out var id))
            {
                id = Run(stage, parent, methodology);
                _runs[key] = id;
            }

            if (id < 0)
            {
                return (-1, _failures[~id]);
            }

            parent = id;
        }

        return (parent, null);
    }

    /// <summary>The distinct ids among <paramref name="ids"/> (failures left out), in order of first appearance, with their tables.</summary>
    public (int Id, UnitTable Table)[] DistinctTables(IEnumerable<int> ids) =>
        [.. ids.Where(id => id >= 0).Distinct().Select(id => (id, _tables[id]))];

    private int Run(PipelineStage stage, int parent, Methodology methodology)
    {
        StageRuns++;
        var problems = new ValidationProblems();
        var previous = parent < 0 ? null : _tables[parent];
        if (Pipeline.Run(stage, _input, previous, methodology, problems, out var overflowed) is { } outcome)
        {
            return Store(stage, outcome.Table);
        }

        var found = problems.ToImmutable();
        _failures.Add(new StageFailure(stage, new Localization.ProblemList(found), overflowed ? found[0] : null));
        return ~(_failures.Count - 1);
    }

    /// <summary>The id of a table: an equal table stored before for the same stage, or a new entry.</summary>
    private int Store(PipelineStage stage, UnitTable table)
    {
        var hash = ContentHash(table);
        if (!_byContent.TryGetValue((stage, hash), out var candidates))
        {
            candidates = [];
            _byContent[(stage, hash)] = candidates;
        }

        foreach (var id in candidates)
        {
            if (SameContent(_tables[id], table))
            {
                return id;
            }
        }

        _tables.Add(table);
        candidates.Add(_tables.Count - 1);
        return _tables.Count - 1;
    }

    /// <summary>The memo key of a stage run: the input table, the stage's canonical spec and, for normalisation, the transform spec (targets and goalposts pass through it).</summary>
    private static (int, StageSpec, StageSpec?) Key(PipelineStage stage, int parent, Methodology methodology) =>
        (parent, methodology.SpecOf(stage).Canonical(), stage == PipelineStage.Normalise ? methodology.Transform : null);

    private static int ContentHash(UnitTable table)
    {
        var hash = new HashCode();
        hash.Add(table.UnitCount);
        hash.Add(table.ColumnCount);
        hash.AddBytes(MemoryMarshal.AsBytes(table.Values));
        return hash.ToHashCode();
    }

    private static bool SameContent(UnitTable a, UnitTable b) =>
        a.UnitCount == b.UnitCount
        && a.Columns.SequenceEqual(b.Columns, StringComparer.Ordinal)
        && a.Units.Select(u => u.Code).SequenceEqual(b.Units.Select(u => u.Code), StringComparer.Ordinal)
        && MemoryMarshal.AsBytes(a.Values).SequenceEqual(MemoryMarshal.AsBytes(b.Values));
}
