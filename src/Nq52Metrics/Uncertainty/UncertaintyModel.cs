using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Numerics.Tensors;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;
using Nq52Metrics.Results;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// An uncertainty analysis compiled once for fast repeated evaluation (the fast path). It compiles the same pipeline
/// definition as <see cref="IndexBuilder"/>: every combination of the alternatives of the stages before aggregation is
/// run once, stage by stage, with results memoised by stage prefix (a stage's output is computed once per distinct
/// input table and spec, and identical tables are stored once); the weight sets are drawn up front. A run is then
/// weights → aggregation over flat buffers → target scores, ranked with the run's rank spec. A run picks one
/// alternative index per <see cref="Inputs"/> entry and can be replayed exactly with <see cref="TryEvaluate(ReadOnlySpan{int}, Span{double}, out string?)"/>.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed class UncertaintyModel
{
    /// <summary>The names of the built-in inputs, which <see cref="UncertaintySpec.Alternatives"/> may not reuse.</summary>
    internal static readonly FrozenSet<string> BuiltInInputNames =
        new[] { "weights", "outliers.maxWinsorised", "outliers", "impute", "normalise", "aggregate", "exclude" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Compiled _c;

    private UncertaintyModel(IndexResult nominal, UncertaintySpec spec, Compiled c)
    {
        Nominal = nominal;
        Spec = spec;
        _c = c;
        Inputs = c.Inputs;
        Target = c.Target;
        Units = c.Universe;
        NominalRanks = c.NominalRanks;
        NominalScores = c.NominalScores;
    }

    /// <summary>The nominal build the analysis varies.</summary>
    public IndexResult Nominal { get; }

    /// <summary>The spec the model was compiled from.</summary>
    public UncertaintySpec Spec { get; }

    /// <summary>The uncertain inputs (assumptions with two or more alternatives), in a fixed order.</summary>
    public ImmutableArray<UncertainInput> Inputs { get; }

    /// <summary>The analysed node.</summary>
    public string Target { get; }

    /// <summary>
    /// The units: the nominal result's units in its order, or, when screening varies which units are kept, every unit
    /// kept by at least one alternative, in dataset order. A unit screened out of a run has no score or rank in it.
    /// </summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>Nominal ranks of the target, by the nominal methodology's rank spec (NaN for a unit the nominal build screened out).</summary>
    public ImmutableArray<double> NominalRanks { get; }

    /// <summary>Nominal scores of the target (NaN for a unit the nominal build screened out).</summary>
    public ImmutableArray<double> NominalScores { get; }

    /// <summary>How many distinct pre-aggregation indicator tables the model holds (one per distinct outcome, however many combinations lead to it).</summary>
    public int DistinctIndicatorTables => _c.Normalised.Length;

    internal int UnitCount => Units.Length;

    /// <summary>How ranks are scaled to integers for counting (2 when average ties give half ranks, else 1).</summary>
    internal int RankScale => _c.RankScale;

    /// <summary>Compiles an analysis of a nominal build.</summary>
    /// <param name="nominal">The nominal result (its framework, data and methodology are the baseline).</param>
    /// <param name="spec">What to vary.</param>
    /// <returns>The compiled model.</returns>
    /// <exception cref="Nq52ValidationException">The spec is invalid (every problem is listed with its key).</exception>
    public static UncertaintyModel Compile(IndexResult nominal, UncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new ValidationProblems();
        var compiled = Compiled.From(nominal, spec, problems);
        problems.ThrowIfAny();
        return new UncertaintyModel(nominal, spec, compiled!);
    }

    /// <summary>
    /// Evaluates one run with the given alternative index per input and writes the target's scores per unit.
    /// </summary>
    /// <param name="alternatives">One index per entry of <see cref="Inputs"/>.</param>
    /// <param name="scores">Receives one score per unit.</param>
    /// <param name="failure">Why the run failed (e.g. a geometric mean met a zero), in English, or null.</param>
    /// <returns>True when the run succeeded.</returns>
    /// <exception cref="ArgumentException">Wrong number of indices, an index out of range, or a short buffer.</exception>
    public bool TryEvaluate(ReadOnlySpan<int> alternatives, Span<double> scores, out string? failure) =>
        TryEvaluate(alternatives, scores, DisplayLanguage.English, out failure);

    /// <summary>
    /// Evaluates one run with the given alternative index per input and writes the target's scores per unit; a failure
    /// is explained in <paramref name="language"/>.
    /// </summary>
    /// <param name="alternatives">One index per entry of <see cref="Inputs"/>.</param>
    /// <param name="scores">Receives one score per unit.</param>
    /// <param name="language">The language of <paramref name="failure"/>.</param>
    /// <param name="failure">Why the run failed (e.g. a geometric mean met a zero), or null.</param>
    /// <returns>True when the run succeeded.</returns>
    /// <exception cref="ArgumentException">Wrong number of indices, an index out of range, or a short buffer.</exception>
    public bool TryEvaluate(ReadOnlySpan<int> alternatives, Span<double> scores, DisplayLanguage language, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(language);
        var succeeded = Replay(alternatives, scores, out var why);
        failure = why?.In(language);
        return succeeded;
    }

    /// <summary>As <see cref="TryEvaluate(ReadOnlySpan{int}, Span{double}, out string?)"/>, with the failure as a translatable message.</summary>
    internal bool Replay(ReadOnlySpan<int> alternatives, Span<double> scores, out MessageText? failure)
    {
        if (alternatives.Length != Inputs.Length)
        {
            throw new ArgumentException($"Expected {Inputs.Length} alternative indices, got {alternatives.Length}.", nameof(alternatives));
        }

        for (var i = 0; i < alternatives.Length; i++)
        {
            if ((uint)alternatives[i] >= (uint)Inputs[i].Alternatives.Length)
            {
                throw new ArgumentException($"Alternative {alternatives[i]} of input \"{Inputs[i].Name}\" is out of range 0..{Inputs[i].Alternatives.Length - 1}.", nameof(alternatives));
            }
        }

        if (scores.Length < UnitCount)
        {
            throw new ArgumentException("The score buffer is shorter than the number of units.", nameof(scores));
        }

        var scratch = new EvaluationScratch(this);
        var code = Evaluate(alternatives, scratch);
        failure = code == 0 ? null : DescribeFailure(alternatives, scratch);
        scratch.Scores.CopyTo(scores);
        return code == 0;
    }

    /// <summary>The alternative labels of a run, by input name.</summary>
    /// <param name="alternatives">One index per input.</param>
    /// <returns>Input name → alternative label.</returns>
    public ImmutableDictionary<string, string> Describe(ReadOnlySpan<int> alternatives)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Inputs.Length; i++)
        {
            builder[Inputs[i].Name] = Inputs[i].Alternatives[alternatives[i]];
        }

        return builder.ToImmutable();
    }

    /// <summary>The rank spec of a run (the nominal one unless the rank stage varies).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal RankingSpec RankSpecOf(ReadOnlySpan<int> choice) => _c.RankSpecs[_c.RankCombo.Index(choice)];

    /// <summary>What <see cref="Evaluate"/> returns when a run overflowed (a value too large to represent).</summary>
    internal const int Overflowed = 3;

    /// <summary>
    /// Core evaluation; allocation-free. Returns 0 on success, 1 when the pre-aggregation pipeline failed, 2 when
    /// aggregation failed, <see cref="Overflowed"/> when a stage or an aggregate overflowed: a stage's guard refused its
    /// output, or an aggregate is infinite or missing although its children have values (checked only when the
    /// aggregation saw a value that is not finite, so a run of finite values pays nothing more).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int Evaluate(ReadOnlySpan<int> choice, EvaluationScratch s)
    {
        var combo = _c.PreCombo.Index(choice);
        s.Combo = combo;
        s.Overflow = null;
        var table = _c.TableOfCombo[combo];
        if (table < 0)
        {
            s.Scores.AsSpan().Fill(double.NaN);
            return _c.ComboFailures[combo]?.Overflow is null ? 1 : Overflowed;
        }

        var indicators = _c.Normalised[table];
        ReadOnlySpan<double> weights = _c.WeightSets[_c.WeightSlot < 0 ? 0 : choice[_c.WeightSlot]];
        if (_c.ExclusionSlot >= 0)
        {
            // Only a varying exclusion needs the run's own copy of the weights.
            TensorPrimitives.Multiply(weights, _c.ExclusionMasks[choice[_c.ExclusionSlot]], s.Weights);
            weights = s.Weights;
        }

        var agg = _c.AggCombo.Index(choice);
        var n = UnitCount;
        var failure = _c.Plan.Aggregate(indicators, _c.Profiles[table], s.Aggregates, n, weights, _c.Methods[agg], _c.Thresholds[agg], s.Aggregation, _c.ValuesNeeded[agg]);
        if (failure is { } f)
        {
            s.Failure = f;
            s.Scores.AsSpan().Fill(double.NaN);
            return 2;
        }

        if (s.Aggregation.FirstNonFinite >= 0
            && _c.Plan.FindOverflow(indicators, s.Aggregates, n, weights, s.Aggregation.FirstNonFinite, s.Aggregation) is { } overflow)
        {
            s.Overflow = overflow;
            s.Scores.AsSpan().Fill(double.NaN);
            return Overflowed;
        }

        var m = _c.Plan.IndicatorCount;
        ReadOnlySpan<double> target = _c.TargetNode < m
            ? indicators.AsSpan(_c.TargetNode * n, n)
            : s.Aggregates.AsSpan((_c.TargetNode - m) * n, n);
        target.CopyTo(s.Scores);
        return 0;
    }

    /// <summary>Why the run just evaluated into <paramref name="s"/> failed, as a translatable message.</summary>
    internal MessageText DescribeFailure(ReadOnlySpan<int> choice, EvaluationScratch s)
    {
        var labels = new string[Inputs.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = $"{Inputs[i].Name}={Inputs[i].Alternatives[choice[i]]}";
        }

        object what = labels.Length == 0 ? MessageText.Of(nameof(Messages.UncertaintyNominalAssumptions)) : string.Join(", ", labels);
        var nodes = _c.Plan.Framework.Nodes;
        var f = s.Failure;
        object reason = _c.TableOfCombo[s.Combo] < 0 ? _c.ComboFailures[s.Combo]!.Problems
            : s.Overflow is { } at ? MessageText.Of(nameof(Messages.UncertaintyRunAggregationOverflow), Units[at.Unit].Code, nodes[at.Node].Code)
            : f.Unit < 0 ? MessageText.Of(nameof(Messages.UncertaintyRunNodeFailure), nodes[f.Child].Code, f.Method.Explain(f, nodes[f.Aggregate].Code))
            : MessageText.Of(nameof(Messages.UncertaintyRunValueFailure), f.Method.Subject, nodes[f.Aggregate].Code, f.Value, Units[f.Unit].Code, nodes[f.Child].Code);
        return MessageText.Of(nameof(Messages.UncertaintyRunFailure), what, reason);
    }

    /// <summary>
    /// The located problem of a run that <see cref="Evaluate"/> found <see cref="Overflowed"/>: the run (0-based, as
    /// <c>runs.csv</c> numbers it), the alternatives drawn in it (input, stage and spec) and where the value that is not
    /// finite appeared (the unit and node of an aggregate, or the stage guard's indicator and unit).
    /// </summary>
    internal ValidationProblem OverflowProblem(long run, ReadOnlySpan<int> choice, EvaluationScratch s)
    {
        var drawn = new string[Inputs.Length];
        for (var i = 0; i < drawn.Length; i++)
        {
            var input = Inputs[i];
            var stage = char.ToLowerInvariant(input.Stage.ToString()[0]) + input.Stage.ToString()[1..];
            drawn[i] = input.Name == stage
                ? $"{input.Name} = {input.Alternatives[choice[i]]}"
                : $"{input.Name} ({stage}) = {input.Alternatives[choice[i]]}";
        }

        object alternatives = drawn.Length == 0 ? MessageText.Of(nameof(Messages.UncertaintyNominalAssumptions)) : string.Join("; ", drawn);
        var where = ProblemLocation.OfParameter(string.Create(CultureInfo.InvariantCulture, $"run {run}"));
        if (_c.TableOfCombo[s.Combo] < 0 && _c.ComboFailures[s.Combo] is { Overflow: { } guard } failure)
        {
            return ProblemMessages.Problem(where, nameof(Messages.UncertaintyRunOverflow), run, alternatives, StepName(failure.Stage), guard.Location);
        }

        var (unit, node) = s.Overflow ?? (0, _c.TargetNode);
        var unitCode = Units[unit].Code;
        var nodeCode = _c.Plan.Framework.Nodes[node].Code;
        return ProblemMessages.Problem(
            where with { Unit = unitCode, Node = nodeCode },
            nameof(Messages.UncertaintyRunOverflow),
            run,
            alternatives,
            StepName(PipelineStage.Aggregate),
            $"unit \"{unitCode}\", node \"{nodeCode}\"");
    }

    /// <summary>The name of a stage as a user says it ("normalisation"), translatable.</summary>
    private static MessageText StepName(PipelineStage stage) => MessageText.Of(Pipeline.StepNameKey(stage));

    /// <summary>Scratch buffers for one thread; reused across runs so a run allocates nothing.</summary>
    internal sealed class EvaluationScratch
    {
        public EvaluationScratch(UncertaintyModel model)
        {
            var n = model.UnitCount;
            var plan = model._c.Plan;
            Aggregates = new double[n * (plan.NodeCount - plan.IndicatorCount)];
            Weights = new double[plan.NodeCount];
            Aggregation = new AggregationScratch(plan, n);
            Scores = new double[n];
            Ranks = new double[n];
            Keys = new double[n];
            Order = new int[n];
            Rounded = new double[n];
            Choice = new int[Math.Max(1, model.Inputs.Length)];
        }

        public double[] Aggregates { get; }

        public double[] Weights { get; }

        public AggregationScratch Aggregation { get; }

        public double[] Scores { get; }

        public double[] Ranks { get; }

        public double[] Keys { get; }

        public int[] Order { get; }

        public double[] Rounded { get; }

        public int[] Choice { get; }

        public int Combo { get; set; }

        public AggregationFailure Failure { get; set; }

        /// <summary>Where the last run overflowed in aggregation (unit row, node index), or null.</summary>
        public (int Unit, int Node)? Overflow { get; set; }
    }

    /// <summary>A mixed-radix index over some of the inputs: which combination of their alternatives a run picked.</summary>
    internal sealed class ComboIndex
    {
        private readonly int[] _slots;
        private readonly int[] _strides;
        private readonly int[] _counts;

        public ComboIndex(IReadOnlyList<int> slots, ImmutableArray<UncertainInput> inputs)
        {
            _slots = [.. slots];
            _strides = new int[_slots.Length];
            _counts = new int[_slots.Length];
            var count = 1;
            for (var k = _slots.Length - 1; k >= 0; k--)
            {
                _strides[k] = count;
                _counts[k] = inputs[_slots[k]].Alternatives.Length;
                count = checked(count * _counts[k]);
            }

            Count = count;
        }

        /// <summary>How many combinations there are.</summary>
        public int Count { get; }

        /// <summary>The inputs (slots) this index spans.</summary>
        public ReadOnlySpan<int> Slots => _slots;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Index(ReadOnlySpan<int> choice)
        {
            var index = 0;
            for (var k = 0; k < _slots.Length; k++)
            {
                index += choice[_slots[k]] * _strides[k];
            }

            return index;
        }

        /// <summary>The alternative of the <paramref name="k"/>-th spanned input in combination <paramref name="combo"/>.</summary>
        public int Digit(int combo, int k) => combo / _strides[k] % _counts[k];
    }

    /// <summary>Everything computed at compile time.</summary>
    private sealed class Compiled
    {
        public required AggregationPlan Plan { get; init; }

        public required ImmutableArray<UncertainInput> Inputs { get; init; }

        public required string Target { get; init; }

        public required int TargetNode { get; init; }

        public required ImmutableArray<Unit> Universe { get; init; }

        public required ImmutableArray<double> NominalScores { get; init; }

        public required ImmutableArray<double> NominalRanks { get; init; }

        public required ComboIndex PreCombo { get; init; }

        public required int[] TableOfCombo { get; init; }

        public required StageFailure?[] ComboFailures { get; init; }

        public required double[][] Normalised { get; init; }

        public required IndicatorProfile[] Profiles { get; init; }

        public required double[][] WeightSets { get; init; }

        public required int WeightSlot { get; init; }

        public required double[][] ExclusionMasks { get; init; }

        public required int ExclusionSlot { get; init; }

        public required ComboIndex AggCombo { get; init; }

        public required AggregationMethod[][] Methods { get; init; }

        /// <summary>Per aggregation alternative, which aggregates' values a run needs (see <see cref="AggregationPlan.ValuesNeeded"/>).</summary>
        public required bool[][] ValuesNeeded { get; init; }

        public required double[] Thresholds { get; init; }

        public required ComboIndex RankCombo { get; init; }

        public required RankingSpec[] RankSpecs { get; init; }

        public required int RankScale { get; init; }

        public static Compiled? From(IndexResult nominal, UncertaintySpec spec, ValidationProblems problems)
        {
            var framework = nominal.Framework;
            var methodology = nominal.Methodology;
            var plan = nominal.Input.Plan;
            var before = problems.Count;
            UncertaintySpecValidation.Check(spec, framework, problems);
            if (problems.Count > before)
            {
                return null;
            }

            var target = spec.Target ?? nominal.IndexCode;
            var weightSets = WeightSetsOf(spec, plan, framework);
            var exclusions = spec.Exclusions.IsDefaultOrEmpty ? [ImmutableArray<string>.Empty] : spec.Exclusions;
            if (exclusions.Length == 1)
            {
                // A single exclusion is fixed: it is folded into every weight set.
                var mask = MaskOf(exclusions[0], plan, framework);
                foreach (var set in weightSets)
                {
                    TensorPrimitives.Multiply(set, mask, set);
                }
            }

            // The inputs, each with how it changes the nominal methodology (weights and exclusions act on the aggregation directly).
            // An assumption with a single alternative is fixed: it changes the baseline of every run instead.
            var inputs = ImmutableArray.CreateBuilder<UncertainInput>();
            var changes = new List<Func<Methodology, int, Methodology>?>();
            var baseline = methodology;
            void Add<T>(InputKind kind, string name, PipelineStage stage, ImmutableArray<T> alternatives, Func<T, string> label, Func<Methodology, T, Methodology>? apply)
            {
                if (alternatives.IsDefault || alternatives.Length < 2)
                {
                    if (!alternatives.IsDefaultOrEmpty && apply is not null)
                    {
                        baseline = apply(baseline, alternatives[0]);
                    }

                    return;
                }

                inputs.Add(new UncertainInput(name, kind, [.. alternatives.Select(label)]) { Stage = stage });
                changes.Add(apply is null ? null : (m, a) => apply(m, alternatives[a]));
            }

            Add(InputKind.Weights, "weights", PipelineStage.Aggregate, [.. Enumerable.Range(1, weightSets.Length)], i => $"set {i}", null);
            Add(InputKind.MaxWinsorised, "outliers.maxWinsorised", PipelineStage.TreatOutliers, spec.MaxWinsorised, w => w.ToString(CultureInfo.InvariantCulture), (m, w) => m with { OutlierTreatment = m.OutlierTreatment with { MaxWinsorised = w } });
            Add(InputKind.OutlierTreatment, "outliers", PipelineStage.TreatOutliers, spec.OutlierTreatment, o => o ? "on" : "off", (m, on) => m with { OutlierTreatment = m.OutlierTreatment with { Method = on ? OutlierMethod.SkewKurtosis : OutlierMethod.None } });
            Add(InputKind.Imputation, "impute", PipelineStage.Impute, spec.Imputation, i => Label(i), (m, i) => m with { Imputation = i });
            Add(InputKind.Normalisation, "normalise", PipelineStage.Normalise, spec.Normalisation, n => Label(n), (m, n) => m with { Normalisation = n });
            Add(InputKind.Aggregation, "aggregate", PipelineStage.Aggregate, spec.Aggregation, a => Label(a), (m, a) => m with { Aggregation = a });
            Add(InputKind.Exclusion, "exclude", PipelineStage.Aggregate, exclusions, e => e.IsEmpty ? "none" : string.Join("+", e), null);
            foreach (var alternative in spec.Alternatives.IsDefault ? [] : spec.Alternatives)
            {
                Add(InputKind.StageSpecs, alternative.Name, alternative.Stage, alternative.Specs, s => Label(s), (m, s) => m.With(s));
            }

            var all = inputs.ToImmutable();
            int SlotOf(InputKind kind) => all.IndexOf(all.FirstOrDefault(i => i.Kind == kind)!);
            var preSlots = Enumerable.Range(0, all.Length).Where(k => changes[k] is not null && Pipeline.IsBeforeAggregation(all[k].Stage)).ToList();
            var aggSlots = Enumerable.Range(0, all.Length).Where(k => changes[k] is not null && all[k].Stage == PipelineStage.Aggregate).ToList();
            var rankSlots = Enumerable.Range(0, all.Length).Where(k => changes[k] is not null && all[k].Stage == PipelineStage.Rank).ToList();
            var pre = new ComboIndex(preSlots, all);
            var agg = new ComboIndex(aggSlots, all);
            var rank = new ComboIndex(rankSlots, all);
            Methodology MethodologyOf(ComboIndex index, int combo)
            {
                var m = baseline;
                for (var k = 0; k < index.Slots.Length; k++)
                {
                    m = changes[index.Slots[k]]!(m, index.Digit(combo, k));
                }

                return m;
            }

            // Stages before aggregation: every combination, memoised by stage prefix; identical tables kept once.
            var memo = new StageMemo(nominal);
            var tableOf = new int[pre.Count];
            var comboFailures = new StageFailure?[pre.Count];
            for (var c = 0; c < pre.Count; c++)
            {
                (tableOf[c], comboFailures[c]) = memo.Normalised(MethodologyOf(pre, c));
            }

            var tables = memo.DistinctTables(tableOf);
            var bufferOf = tables.Select((t, buffer) => (t.Id, buffer)).ToDictionary(p => p.Id, p => p.buffer);
            var universe = UniverseOf(nominal, tables.Select(t => t.Table));
            var n = universe.Length;
            var m = plan.IndicatorCount;
            var normalised = tables.Select(t => Scatter(t.Table, universe, m)).ToArray();

            var aggSpecs = Enumerable.Range(0, agg.Count).Select(c => MethodologyOf(agg, c).Aggregation).ToArray();
            var methods = aggSpecs.Select(a => Aggregation.MethodsByAggregate(a, framework)).ToArray();
            var withLogs = methods.Any(ms => ms.Any(x => x.Kernel == PowerMeanKernel.Geometric));
            var rankSpecs = Enumerable.Range(0, rank.Count).Select(c => MethodologyOf(rank, c).Ranking).ToArray();

            var nominalScores = Project(nominal, universe, nominal.Scores.Column(target));
            var nominalRanks = Project(nominal, universe, nominal.Ranks.Column(target));
            return new Compiled
            {
                Plan = plan,
                Inputs = all,
                Target = target,
                TargetNode = framework.IndexOf(target),
                Universe = universe,
                NominalScores = nominalScores,
                NominalRanks = nominalRanks,
                PreCombo = pre,
                TableOfCombo = [.. tableOf.Select(id => id < 0 ? -1 : bufferOf[id])],
                ComboFailures = comboFailures,
                Normalised = normalised,
                Profiles = [.. normalised.Select(v => IndicatorProfile.Of(v, n, m, withLogs))],
                WeightSets = weightSets,
                WeightSlot = SlotOf(InputKind.Weights),
                ExclusionMasks = [.. exclusions.Select(e => MaskOf(e, plan, framework))],
                ExclusionSlot = SlotOf(InputKind.Exclusion),
                AggCombo = agg,
                Methods = methods,
                ValuesNeeded = [.. methods.Select(ms => plan.ValuesNeeded(ms, framework.IndexOf(target)))],
                Thresholds = [.. aggSpecs.Select(a => a.MinDataAvailability ?? 0)],
                RankCombo = rank,
                RankSpecs = rankSpecs,
                RankScale = rankSpecs.Any(r => r.Ties == TieMethod.Average) ? 2 : 1,
            };
        }

        /// <summary>The nominal units, or (when screening alternatives keep other units) every kept unit in dataset order.</summary>
        private static ImmutableArray<Unit> UniverseOf(IndexResult nominal, IEnumerable<UnitTable> tables)
        {
            var list = tables.ToList();
            if (list.All(t => t.Units.Length == nominal.Units.Length && t.Units.Select(u => u.Code).SequenceEqual(nominal.Units.Select(u => u.Code), StringComparer.Ordinal)))
            {
                return nominal.Units;
            }

            var kept = new HashSet<string>(list.SelectMany(t => t.Units.Select(u => u.Code)).Concat(nominal.Units.Select(u => u.Code)), StringComparer.Ordinal);
            return [.. nominal.Data.Units.Where(u => kept.Contains(u.Code))];
        }

        /// <summary>A normalised table as a units × indicators buffer over the universe (rows of absent units are missing).</summary>
        private static double[] Scatter(UnitTable table, ImmutableArray<Unit> universe, int indicators)
        {
            var n = universe.Length;
            if (table.Units.Length == n && table.Units.Select(u => u.Code).SequenceEqual(universe.Select(u => u.Code), StringComparer.Ordinal))
            {
                return table.CopyValues();
            }

            var values = new double[n * indicators];
            values.AsSpan().Fill(double.NaN);
            var rowOf = table.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
            {
                if (!rowOf.TryGetValue(universe[i].Code, out var row))
                {
                    continue;
                }

                for (var j = 0; j < indicators; j++)
                {
                    values[(j * n) + i] = table.Column(j)[row];
                }
            }

            return values;
        }

        private static ImmutableArray<double> Project(IndexResult nominal, ImmutableArray<Unit> universe, ReadOnlySpan<double> column)
        {
            if (universe == nominal.Units)
            {
                return ImmutableArray.Create(column.ToArray());
            }

            var rowOf = nominal.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
            var result = new double[universe.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = rowOf.TryGetValue(universe[i].Code, out var row) ? column[row] : double.NaN;
            }

            return ImmutableArray.Create(result);
        }

        private static double[] MaskOf(ImmutableArray<string> excluded, AggregationPlan plan, IndexFramework framework)
        {
            var mask = new double[plan.NodeCount];
            mask.AsSpan().Fill(1.0);
            foreach (var code in excluded)
            {
                mask[framework.IndexOf(code)] = 0;
            }

            return mask;
        }

        private static double[][] WeightSetsOf(UncertaintySpec spec, AggregationPlan plan, IndexFramework framework)
        {
            if (!spec.WeightSets.IsDefaultOrEmpty)
            {
                return spec.WeightSets.Select(set =>
                {
                    var w = (double[])plan.NominalWeights.Clone();
                    foreach (var (code, value) in set)
                    {
                        w[framework.IndexOf(code)] = value;
                    }

                    // Relative to the largest sibling, as the plan's nominal weights are (exact powers of two, so the
                    // results are the same), so weights near the largest double cannot overflow their sum.
                    for (var k = plan.IndicatorCount; k < plan.NodeCount; k++)
                    {
                        var children = plan.ChildrenOf(k);
                        var siblings = new double[children.Length];
                        for (var i = 0; i < siblings.Length; i++)
                        {
                            siblings[i] = w[children[i]];
                        }

                        var relative = IndexFramework.RelativeWeights(siblings);
                        for (var i = 0; i < siblings.Length; i++)
                        {
                            w[children[i]] = relative[i];
                        }
                    }

                    return w;
                }).ToArray();
            }

            if (spec.WeightNoise.IsEmpty)
            {
                return [(double[])plan.NominalWeights.Clone()];
            }

            var count = spec.WeightSetCount ?? Math.Min(spec.Runs, 10_000);
            var sets = new double[count][];
            for (var s = 0; s < count; s++)
            {
                var w = (double[])plan.NominalWeights.Clone();
                for (var k = 0; k < w.Length; k++)
                {
                    if (spec.WeightNoise.TryGetValue(plan.Levels[k], out var phi))
                    {
                        w[k] *= 1 + (phi * ((2 * RunRandom.Uniform(spec.Seed, RunRandom.StreamWeights, s, k)) - 1));
                    }
                }

                sets[s] = w;
            }

            return sets;
        }
    }

    /// <summary>A short label of an alternative, as written in spec files.</summary>
    internal static string Label(object alternative) => alternative switch
    {
        DenominationSpec d => !d.Enabled ? "none" : d.ScaleFactor == 1 ? "byFramework" : string.Create(CultureInfo.InvariantCulture, $"byFramework(x{d.ScaleFactor})"),
        TransformSpec t => t.Enabled ? "byFramework" : "none",
        ScreeningSpec s => string.Create(CultureInfo.InvariantCulture, $"minDataAvailability({s.MinDataAvailability})"),
        OutlierTreatmentSpec o => o.Method == OutlierMethod.None ? "none" : string.Create(CultureInfo.InvariantCulture, $"skewKurtosis({o.SkewThreshold},{o.KurtosisThreshold},{o.MaxWinsorised}{(o.Strict ? ",strict" : "")})"),
        RankingSpec r => Camel(r.Ties.ToString()) + (r.Decimals is { } k ? string.Create(CultureInfo.InvariantCulture, $"({k} decimals)") : ""),
        ImputationSpec i => i.Method.Label,
        NormalisationMethod n => n.ToString(),
        AggregationSpec a => a.Label(),
        _ => alternative.ToString() ?? "",
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
