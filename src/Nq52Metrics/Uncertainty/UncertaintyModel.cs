using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Results;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// An uncertainty analysis compiled once for fast repeated evaluation (the fast path): every combination of the
/// alternatives of the steps before aggregation (imputation, outlier treatment, normalisation) is computed up front, the
/// weight sets are drawn up front, so a run is only weights → aggregation over flat buffers → target scores. A run picks
/// one alternative index per <see cref="Inputs"/> entry and can be replayed exactly with <see cref="TryEvaluate"/>.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed class UncertaintyModel
{
    private readonly AggregationPlan _plan;
    private readonly double[]?[] _normalised;
    private readonly IndicatorProfile?[] _profiles;
    private readonly string?[] _pipelineFailures;
    private readonly double[][] _weightSets;
    private readonly AggregationMethod[][] _methods;
    private readonly double[] _thresholds;
    private readonly double[][] _exclusionMasks;
    private readonly int _impCount;
    private readonly int _outCount;
    private readonly int _normCount;
    private readonly int _onOffCount;
    private readonly int[] _slot;
    private readonly int _targetNode;

    private UncertaintyModel(IndexResult nominal, UncertaintySpec spec, Compiled c)
    {
        Nominal = nominal;
        Spec = spec;
        _plan = c.Plan;
        _normalised = c.Normalised;
        _profiles = c.Profiles;
        _pipelineFailures = c.PipelineFailures;
        _weightSets = c.WeightSets;
        _methods = c.Methods;
        _thresholds = c.Thresholds;
        _exclusionMasks = c.ExclusionMasks;
        _impCount = c.ImpCount;
        _outCount = c.OutCount;
        _normCount = c.NormCount;
        _onOffCount = c.OnOffCount;
        _slot = c.Slot;
        _targetNode = c.TargetNode;
        Inputs = c.Inputs;
        Target = c.Target;
        var ranks = nominal.Ranks.Column(Target);
        NominalRanks = ImmutableArray.Create(ranks.ToArray());
        NominalScores = ImmutableArray.Create(nominal.Scores.Column(Target).ToArray());
    }

    /// <summary>The nominal build the analysis varies.</summary>
    public IndexResult Nominal { get; }

    /// <summary>The spec the model was compiled from.</summary>
    public UncertaintySpec Spec { get; }

    /// <summary>The uncertain inputs (assumptions with two or more alternatives), in a fixed order.</summary>
    public ImmutableArray<UncertainInput> Inputs { get; }

    /// <summary>The analysed node.</summary>
    public string Target { get; }

    /// <summary>The units, in the nominal result's order.</summary>
    public ImmutableArray<Unit> Units => Nominal.Units;

    /// <summary>Nominal ranks of the target (competition ties).</summary>
    public ImmutableArray<double> NominalRanks { get; }

    /// <summary>Nominal scores of the target.</summary>
    public ImmutableArray<double> NominalScores { get; }

    internal int UnitCount => Nominal.Units.Length;

    /// <summary>Compiles an analysis of a nominal build.</summary>
    /// <param name="nominal">The nominal result (its framework, data and methodology are the baseline).</param>
    /// <param name="spec">What to vary.</param>
    /// <returns>The compiled model.</returns>
    /// <exception cref="Nq52ValidationException">The spec is invalid (every problem is listed with its key).</exception>
    public static UncertaintyModel Compile(IndexResult nominal, UncertaintySpec spec)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(spec);
        return new UncertaintyModel(nominal, spec, Compiled.From(nominal, spec));
    }

    /// <summary>
    /// Evaluates one run with the given alternative index per input and writes the target's scores per unit.
    /// </summary>
    /// <param name="alternatives">One index per entry of <see cref="Inputs"/>.</param>
    /// <param name="scores">Receives one score per unit.</param>
    /// <param name="failure">Why the run failed (e.g. a geometric mean met a zero), or null.</param>
    /// <returns>True when the run succeeded.</returns>
    /// <exception cref="ArgumentException">Wrong number of indices, an index out of range, or a short buffer.</exception>
    public bool TryEvaluate(ReadOnlySpan<int> alternatives, Span<double> scores, out string? failure)
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

    /// <summary>Core evaluation; allocation-free. Returns 0 on success, 1 when the pre-aggregation pipeline failed, 2 when aggregation failed.</summary>
    internal int Evaluate(ReadOnlySpan<int> choice, EvaluationScratch s)
    {
        var imp = Pick(choice, InputKind.Imputation);
        var win = Pick(choice, InputKind.MaxWinsorised);
        var onOff = Pick(choice, InputKind.OutlierTreatment);
        var norm = Pick(choice, InputKind.Normalisation);
        var combo = (((imp * _outCount) + (win * _onOffCount) + onOff) * _normCount) + norm;
        var indicators = _normalised[combo];
        s.Combo = combo;
        if (indicators is null)
        {
            s.Scores.AsSpan().Fill(double.NaN);
            return 1;
        }

        var weights = s.Weights.AsSpan();
        _weightSets[Pick(choice, InputKind.Weights)].CopyTo(weights);
        var mask = _exclusionMasks[Pick(choice, InputKind.Exclusion)];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] *= mask[k];
        }

        var agg = Pick(choice, InputKind.Aggregation);
        var n = UnitCount;
        var failure = _plan.Aggregate(indicators, _profiles[combo]!, s.Aggregates, n, weights, _methods[agg], _thresholds[agg], s.Aggregation);
        if (failure is { } f)
        {
            s.Failure = f;
            s.Scores.AsSpan().Fill(double.NaN);
            return 2;
        }

        var m = _plan.IndicatorCount;
        ReadOnlySpan<double> target = _targetNode < m
            ? indicators.AsSpan(_targetNode * n, n)
            : s.Aggregates.AsSpan((_targetNode - m) * n, n);
        target.CopyTo(s.Scores);
        return 0;
    }

    internal string DescribeFailure(ReadOnlySpan<int> choice, EvaluationScratch s)
    {
        var labels = new string[Inputs.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = $"{Inputs[i].Name}={Inputs[i].Alternatives[choice[i]]}";
        }

        var what = labels.Length == 0 ? "the nominal assumptions" : string.Join(", ", labels);
        if (_pipelineFailures[s.Combo] is { } message)
        {
            return $"run with {what}: {message}";
        }

        var f = s.Failure;
        var nodes = _plan.Framework.Nodes;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"run with {what}: the {f.Method.ToString().ToLowerInvariant()} mean for \"{nodes[f.Aggregate].Code}\" met {f.Value:R} at unit \"{Units[f.Unit].Code}\", node \"{nodes[f.Child].Code}\".");
    }

    private int Pick(ReadOnlySpan<int> choice, InputKind kind) => _slot[(int)kind] < 0 ? 0 : choice[_slot[(int)kind]];

    /// <summary>Scratch buffers for one thread; reused across runs so a run allocates nothing.</summary>
    internal sealed class EvaluationScratch
    {
        public EvaluationScratch(UncertaintyModel model)
        {
            var n = model.UnitCount;
            Aggregates = new double[n * (model._plan.NodeCount - model._plan.IndicatorCount)];
            Weights = new double[model._plan.NodeCount];
            Aggregation = new AggregationScratch(model._plan, n);
            Scores = new double[n];
            Ranks = new double[n];
            Keys = new double[n];
            Order = new int[n];
            Choice = new int[Math.Max(1, model.Inputs.Length)];
        }

        public double[] Aggregates { get; }

        public double[] Weights { get; }

        public AggregationScratch Aggregation { get; }

        public double[] Scores { get; }

        public double[] Ranks { get; }

        public double[] Keys { get; }

        public int[] Order { get; }

        public int[] Choice { get; }

        public int Combo { get; set; }

        public AggregationFailure Failure { get; set; }
    }

    /// <summary>Everything computed at compile time.</summary>
    private sealed class Compiled
    {
        public required AggregationPlan Plan { get; init; }

        public required double[]?[] Normalised { get; init; }

        public required IndicatorProfile?[] Profiles { get; init; }

        public required string?[] PipelineFailures { get; init; }

        public required double[][] WeightSets { get; init; }

        public required AggregationMethod[][] Methods { get; init; }

        public required double[] Thresholds { get; init; }

        public required double[][] ExclusionMasks { get; init; }

        public required int ImpCount { get; init; }

        public required int OutCount { get; init; }

        public required int NormCount { get; init; }

        public required int OnOffCount { get; init; }

        public required int[] Slot { get; init; }

        public required int TargetNode { get; init; }

        public required ImmutableArray<UncertainInput> Inputs { get; init; }

        public required string Target { get; init; }

        public static Compiled From(IndexResult nominal, UncertaintySpec spec)
        {
            var framework = nominal.Framework;
            var methodology = nominal.Methodology;
            var plan = AggregationPlan.Compile(framework);
            var problems = new ValidationProblems();
            UncertaintySpecValidation.Check(spec, framework, problems);
            problems.ThrowIfAny();

            var target = spec.Target ?? nominal.IndexCode;
            var imputations = spec.Imputation.IsDefaultOrEmpty ? [methodology.Imputation] : spec.Imputation;
            var winsorised = spec.MaxWinsorised.IsDefaultOrEmpty ? [methodology.OutlierTreatment.MaxWinsorised] : spec.MaxWinsorised;
            var onOff = spec.OutlierTreatment.IsDefaultOrEmpty ? [methodology.OutlierTreatment.Method != OutlierMethod.None] : spec.OutlierTreatment;
            var normalisations = spec.Normalisation.IsDefaultOrEmpty ? [methodology.Normalisation] : spec.Normalisation;
            var aggregations = spec.Aggregation.IsDefaultOrEmpty ? [methodology.Aggregation] : spec.Aggregation;
            var exclusions = spec.Exclusions.IsDefaultOrEmpty ? [ImmutableArray<string>.Empty] : spec.Exclusions;
            var weightSets = WeightSetsOf(spec, plan, framework);

            var inputs = ImmutableArray.CreateBuilder<UncertainInput>();
            var slot = Enumerable.Repeat(-1, Enum.GetValues<InputKind>().Length).ToArray();
            void Add(InputKind kind, string name, IEnumerable<string> labels)
            {
                var list = labels.ToImmutableArray();
                if (list.Length > 1)
                {
                    slot[(int)kind] = inputs.Count;
                    inputs.Add(new UncertainInput(name, kind, list));
                }
            }

            Add(InputKind.Weights, "weights", Enumerable.Range(1, weightSets.Length).Select(i => $"set {i}"));
            Add(InputKind.MaxWinsorised, "outliers.maxWinsorised", winsorised.Select(w => w.ToString(CultureInfo.InvariantCulture)));
            Add(InputKind.OutlierTreatment, "outliers", onOff.Select(o => o ? "on" : "off"));
            Add(InputKind.Imputation, "impute", imputations.Select(Label));
            Add(InputKind.Normalisation, "normalise", normalisations.Select(Label));
            Add(InputKind.Aggregation, "aggregate", aggregations.Select(Label));
            Add(InputKind.Exclusion, "exclude", exclusions.Select(e => e.IsEmpty ? "none" : string.Join("+", e)));

            // Every combination of the steps before aggregation, computed once.
            var n = nominal.Units.Length;
            var combos = imputations.Length * winsorised.Length * onOff.Length * normalisations.Length;
            var normalised = new double[]?[combos];
            var failures = new string?[combos];
            var index = 0;
            foreach (var imputation in imputations)
            {
                UnitTable? screened = null;
                string? failure = null;
                try
                {
                    var (imputed, _) = Imputation.Apply(nominal.Denominated, imputation);
                    (screened, _) = Screening.Apply(imputed, methodology.Screening);
                    if (!screened.Units.Select(u => u.Code).SequenceEqual(nominal.Units.Select(u => u.Code), StringComparer.Ordinal))
                    {
                        failure = $"imputation {Label(imputation)} changes which units pass screening, so ranks are not comparable.";
                        screened = null;
                    }
                }
                catch (Nq52ValidationException e)
                {
                    failure = e.Message;
                }

                foreach (var maxWinsorised in winsorised)
                {
                    foreach (var on in onOff)
                    {
                        var outlierSpec = methodology.OutlierTreatment with
                        {
                            MaxWinsorised = maxWinsorised,
                            Method = on ? OutlierMethod.SkewKurtosis : OutlierMethod.None,
                        };
                        UnitTable? treated = null;
                        var treatFailure = failure;
                        if (screened is not null)
                        {
                            try
                            {
                                (treated, _) = OutlierTreatment.Apply(screened, outlierSpec);
                            }
                            catch (Nq52ValidationException e)
                            {
                                treatFailure = e.Message;
                            }
                        }

                        foreach (var normalisation in normalisations)
                        {
                            if (treated is not null)
                            {
                                try
                                {
                                    normalised[index] = Normalisation.Apply(treated, framework, normalisation).CopyValues();
                                }
                                catch (Nq52ValidationException e)
                                {
                                    failures[index] = e.Message;
                                }
                            }
                            else
                            {
                                failures[index] = treatFailure;
                            }

                            index++;
                        }
                    }
                }
            }

            var maxLevel = framework.MaxLevel;
            var masks = exclusions.Select(e =>
            {
                var mask = Enumerable.Repeat(1.0, plan.NodeCount).ToArray();
                foreach (var code in e)
                {
                    mask[framework.IndexOf(code)] = 0;
                }

                return mask;
            }).ToArray();

            var methods = aggregations.Select(a => Aggregation.MethodsByLevel(a, maxLevel)).ToArray();
            var withLogs = methods.Any(ms => ms.Contains(AggregationMethod.Geometric));
            var m = plan.IndicatorCount;
            var profiles = normalised.Select(v => v is null ? null : IndicatorProfile.Of(v, n, m, withLogs)).ToArray();
            return new Compiled
            {
                Plan = plan,
                Normalised = normalised,
                Profiles = profiles,
                PipelineFailures = failures,
                WeightSets = weightSets,
                Methods = methods,
                Thresholds = aggregations.Select(a => a.MinDataAvailability ?? 0).ToArray(),
                ExclusionMasks = masks,
                ImpCount = imputations.Length,
                OutCount = winsorised.Length * onOff.Length,
                NormCount = normalisations.Length,
                OnOffCount = onOff.Length,
                Slot = slot,
                TargetNode = framework.IndexOf(target),
                Inputs = inputs.ToImmutable(),
                Target = target,
            };
        }

        private static double[][] WeightSetsOf(UncertaintySpec spec, AggregationPlan plan, Frameworks.IndexFramework framework)
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
        ImputationSpec i => i.GroupColumn is null || i.Method is not (ImputationMethod.GroupMean or ImputationMethod.GroupMedian)
            ? Camel(i.Method.ToString())
            : $"{Camel(i.Method.ToString())}({i.GroupColumn})",
        MinMaxNormalisation mm => string.Create(CultureInfo.InvariantCulture, $"minMax({mm.Lower},{mm.Upper})"),
        ZScoreNormalisation z => string.Create(CultureInfo.InvariantCulture, $"zScore({z.Mean},{z.Sd})"),
        GoalpostsNormalisation g => string.Create(CultureInfo.InvariantCulture, $"goalposts({g.Scale},{(g.Truncate ? "truncate" : "no truncate")})"),
        DistanceToTargetNormalisation d => d.CapAtOne ? "distanceToTarget(cap)" : "distanceToTarget",
        RankNormalisation => "rank",
        PercentileRankNormalisation => "percentileRank",
        NoNormalisation => "none",
        AggregationSpec a => a.ByLevel.IsEmpty && a.MinDataAvailability is null
            ? Camel(a.Method.ToString())
            : Camel(a.Method.ToString()) + string.Concat(a.ByLevel.OrderBy(p => p.Key).Select(p => $";L{p.Key}={Camel(p.Value.ToString())}"))
              + (a.MinDataAvailability is { } t ? string.Create(CultureInfo.InvariantCulture, $";min={t}") : ""),
        _ => alternative.ToString() ?? "",
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
