using System.Collections.Immutable;
using Nq52Metrics.Construction;
using Nq52Metrics.Data;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;
using Nq52Metrics.Results;

namespace Nq52Metrics.Analysis;

/// <summary>
/// What-if for one unit (e.g. a province): the rank it would have after a change of its indicator values, and the
/// smallest set of improvements (in normalised points, each indicator capped at the best value among the units) that
/// lifts it to a target rank under the current methodology. Every answer is checked by rebuilding the index with
/// <see cref="IndexBuilder.Build"/>.
/// </summary>
/// <remarks>
/// <para>The index score of a unit is Σ (effective weight × normalised value) when every level is a weighted arithmetic
/// mean; the effective weights are the unit's own (missing children drop out and the weights of the others are
/// rescaled, as in aggregation). With normalisation bounds that do not move (min-max while the unit is neither the
/// minimum nor pushed past the maximum, goalposts, distance to a fixed target), raising indicators greedily by
/// effective weight minimises the total points for the needed gain (a fractional knapsack with unit costs): the plan
/// is exact and minimal.</para>
/// <para>Not exact, and said so in <see cref="ImprovementPlan.Caveats"/>: geometric or harmonic aggregation, z-score
/// normalisation (the mean and sd move), the unit holding an indicator's minimum (the min-max bound moves), imputation
/// whose means include the unit, outlier treatment changed by the new values. Outlier-treated indicators are left out
/// (a raw value cannot be set through a winsorisation or log). Raw values are recovered through the inverse of the
/// normalisation, the direction and the denomination.</para>
/// </remarks>
public sealed class WhatIfAnalysis
{
    private const double Tiny = 1e-12;

    /// <summary>Builds the baseline index.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="data">The data.</param>
    /// <param name="methodology">The methodology; default <see cref="Methodology.Default"/> (as <see cref="IndexBuilder.Build"/>).</param>
    /// <exception cref="Nq52ValidationException">The baseline cannot be built.</exception>
    public WhatIfAnalysis(IndexFramework framework, Dataset data, Methodology? methodology = null)
        : this(IndexBuilder.Build(framework, data, methodology))
    {
    }

    /// <summary>Starts from a built result: its framework, data and methodology are the baseline (nothing is rebuilt).</summary>
    /// <param name="baseline">The result to change.</param>
    public WhatIfAnalysis(IndexResult baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        Baseline = baseline;
        Framework = baseline.Framework;
        Data = baseline.Data;
        Methodology = baseline.Methodology;
    }

    /// <summary>The framework.</summary>
    public IndexFramework Framework { get; }

    /// <summary>The data as given.</summary>
    public Dataset Data { get; }

    /// <summary>The methodology.</summary>
    public Methodology Methodology { get; }

    /// <summary>The index built from the data as given.</summary>
    public IndexResult Baseline { get; }

    /// <summary>The unit's score and rank after replacing some of its raw indicator values (the index is rebuilt).</summary>
    /// <param name="unit">The unit code.</param>
    /// <param name="newRawValues">New raw value by indicator code (finite; in the data's units, before denomination).</param>
    /// <param name="node">The node to rank by; default the index.</param>
    /// <returns>Before and after.</returns>
    /// <exception cref="Nq52ValidationException">An unknown or screened-out unit, an unknown node, an unknown indicator or a non-finite value (all problems together).</exception>
    public WhatIfOutcome RankAfter(string unit, IReadOnlyDictionary<string, double> newRawValues, string? node = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(newRawValues);
        node ??= Baseline.IndexCode;
        var problems = new ValidationProblems();
        CheckUnitAndNode(unit, node, problems);
        foreach (var (code, value) in newRawValues.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Framework.TryGetNode(code, out var n) || !n.IsIndicator)
            {
                problems.AddMessage($"indicator \"{code}\"", nameof(Messages.WhatIfIndicatorUnknown));
            }
            else if (!double.IsFinite(value))
            {
                problems.AddMessage($"indicator \"{code}\"", nameof(Messages.WhatIfValueNotFinite));
            }
        }

        problems.ThrowIfAny();
        var after = Rebuild(WithValues(unit, newRawValues));
        return new WhatIfOutcome(unit, node, Baseline.Scores[unit, node], Baseline.Ranks[unit, node], after.Scores[unit, node], after.Ranks[unit, node], after);
    }

    /// <summary>The smallest improvements that lift the unit to the target rank, verified by a rebuild.</summary>
    /// <param name="unit">The unit code.</param>
    /// <param name="targetRank">The rank to reach (1 = best), at most the number of ranked units.</param>
    /// <param name="node">The node to rank by; default the index.</param>
    /// <param name="options">Fixed indicators, rounds, margin.</param>
    /// <returns>The plan, its rebuild and whether it is exact.</returns>
    /// <exception cref="Nq52ValidationException">An unknown or screened-out unit, an unknown or indicator node, a target rank out of range, a
    /// rank-based normalisation (no inverse), or invalid options (all problems together).</exception>
    public ImprovementPlan PlanToReach(string unit, int targetRank, string? node = null, WhatIfOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        node ??= Baseline.IndexCode;
        options ??= new WhatIfOptions();
        var problems = new ValidationProblems();
        CheckUnitAndNode(unit, node, problems);
        var ranked = Baseline.Units.Count(u => !double.IsNaN(Baseline.Scores[u.Code, Framework.Contains(node) ? node : Baseline.IndexCode]));
        if (targetRank < 1 || targetRank > ranked)
        {
            problems.AddMessage("target rank", nameof(Messages.WhatIfTargetRankOutOfRange), targetRank, ranked);
        }

        foreach (var method in IndicatorMethods().Where(m => !NormalisationInverse.IsInvertible(m)).Distinct())
        {
            problems.AddMessage("normalisation", nameof(Messages.WhatIfNormalisationNotInvertible), method.Name);
        }

        if (Framework.Contains(node) && UnitDependentMethod(node) is { } dependent)
        {
            problems.AddMessage($"node \"{dependent.Node}\"", nameof(Messages.WhatIfAggregationUnitDependent), dependent.Method.Name, ProblemText.Quote(node));
        }

        if (options.MaxRounds < 1)
        {
            problems.AddMessage("options.maxRounds", nameof(Messages.WhatIfMaxRoundsInvalid));
        }

        if (!double.IsFinite(options.Margin) || options.Margin < 0)
        {
            problems.AddMessage("options.margin", nameof(Messages.WhatIfMarginInvalid));
        }

        foreach (var code in options.Fixed.Where(c => !Framework.TryGetNode(c, out var n) || !n.IsIndicator))
        {
            problems.AddMessage($"fixed indicator \"{code}\"", nameof(Messages.WhatIfIndicatorUnknown));
        }

        problems.ThrowIfAny();
        return Plan(unit, targetRank, node, options);
    }

    private ImprovementPlan Plan(string unit, int targetRank, string node, WhatIfOptions options)
    {
        var caveats = new List<WhatIfCaveat>();
        AddMethodCaveats(node, caveats);
        var rankBefore = Baseline.Ranks[unit, node];
        var scoreBefore = Baseline.Scores[unit, node];
        var threshold = Threshold(Baseline, unit, node, targetRank);
        var baselineSlopes = Slopes(Baseline, unit, node);
        if (rankBefore <= targetRank)
        {
            return Result(unit, node, targetRank, threshold, [], scoreBefore, Baseline, Data, feasible: true, caveats, rounds: 0);
        }

        var changes = new Dictionary<string, double>(StringComparer.Ordinal);
        var result = Baseline;
        var data = Data;
        var feasible = true;
        var predicted = scoreBefore;
        var rounds = 0;
        while (rounds < options.MaxRounds)
        {
            rounds++;
            var score = result.Scores[unit, node];
            var gap = Threshold(result, unit, node, targetRank) + options.Margin - score;
            var slopes = rounds == 1 ? baselineSlopes : Slopes(result, unit, node);
            var candidates = Candidates(result, unit, slopes, options, rounds == 1 ? caveats : null);
            if (candidates.Count == 0)
            {
                feasible = false;
                break;
            }

            var remaining = gap;
            var deltas = new List<(Candidate C, double Delta)>();
            foreach (var c in candidates)
            {
                if (remaining <= 0)
                {
                    break;
                }

                var delta = Math.Min(c.Cap, remaining / c.Slope);
                deltas.Add((c, delta));
                remaining -= c.Slope * delta;
            }

            // A tie at the threshold is enough under competition ranking: only the margin may be left uncovered.
            feasible = remaining <= options.Margin + (Tiny * Math.Max(1, Math.Abs(score + gap)));
            foreach (var (c, delta) in deltas)
            {
                changes[c.Code] = RawValue(result, unit, c, delta);
                AddIndicatorCaveats(result, unit, c.Code, caveats);
            }

            predicted = Predict(result, unit, node, slopes, deltas.Select(d => (d.C.Code, d.Delta)).ToList(), score);
            data = WithValues(unit, changes);
            var rebuilt = Rebuild(data);
            foreach (var code in deltas.Select(d => d.C.Code).Where(c => rebuilt.Outliers[c].Treatment != Baseline.Outliers[c].Treatment))
            {
                Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.OutlierTreatmentChanged, code, nameof(Messages.WhatIfCaveatOutlierTreatmentChanged), ProblemText.Quote(code), Baseline.Outliers[code].Treatment, rebuilt.Outliers[code].Treatment));
            }

            result = rebuilt;
            if (result.Ranks[unit, node] <= targetRank || !feasible || !caveats.Any(c => c.BreaksExactness))
            {
                break;
            }
        }

        var actual = result.Scores[unit, node];
        if (Math.Abs(predicted - actual) > 1e-6 * Math.Max(1, Math.Abs(actual)))
        {
            Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.RebuildDiffers, null, nameof(Messages.WhatIfCaveatRebuildDiffers), actual, predicted));
        }

        var steps = changes.Keys
            .Select(code => Step(code, unit, baselineSlopes, result, changes[code]))
            .OrderByDescending(s => s.EffectiveWeight)
            .ThenBy(s => Framework.IndexOf(s.Indicator))
            .ToImmutableArray();
        return Result(unit, node, targetRank, threshold, steps, predicted, result, data, feasible, caveats, rounds);
    }

    private ImprovementPlan Result(
        string unit, string node, int targetRank, double threshold, ImmutableArray<PlannedImprovement> steps, double predicted,
        IndexResult after, Dataset data, bool feasible, List<WhatIfCaveat> caveats, int rounds) => new()
        {
            Unit = unit,
            Node = node,
            TargetRank = targetRank,
            RankBefore = Baseline.Ranks[unit, node],
            ScoreBefore = Baseline.Scores[unit, node],
            ThresholdScore = threshold,
            Steps = steps,
            PredictedScore = predicted,
            ScoreAfter = after.Scores[unit, node],
            RankAfter = after.Ranks[unit, node],
            Feasible = feasible,
            IsExact = !caveats.Any(c => c.BreaksExactness),
            Caveats = [.. caveats],
            Rounds = rounds,
            ChangedData = data,
            After = after,
        };

    private PlannedImprovement Step(string code, string unit, Dictionary<string, double> slopes, IndexResult after, double rawAfter)
    {
        var best = Max(after.Normalised.Column(code));
        var normalisedAfter = after.Normalised[unit, code];
        return new PlannedImprovement(
            code,
            Framework[code].DisplayName,
            slopes.TryGetValue(code, out var s) ? s : 0,
            Baseline.Normalised[unit, code],
            normalisedAfter,
            Data.Indicators[unit, code],
            rawAfter,
            normalisedAfter >= best - (1e-9 * Math.Max(1, Math.Abs(best))));
    }

    /// <summary>Index points per normalised point of every indicator below the node, for one unit.</summary>
    private Dictionary<string, double> Slopes(IndexResult result, string unit, string node)
    {
        var slopes = new Dictionary<string, double>(StringComparer.Ordinal);
        if (IsArithmetic(node))
        {
            Descend(result, unit, Framework[node], 1.0, slopes);
            return slopes;
        }

        // Not linear: secant slopes over each indicator's full headroom, on the unit's own normalised row.
        var indicators = Framework.Indicators.Select(i => i.Code).ToArray();
        var row = indicators.Select(c => result.Normalised[unit, c]).ToArray();
        var at = Aggregate(row, indicators, node);
        for (var j = 0; j < indicators.Length; j++)
        {
            var cap = Max(result.Normalised.Column(indicators[j])) - row[j];
            if (double.IsNaN(row[j]) || !(cap > Tiny) || !InSubtree(indicators[j], node))
            {
                continue;
            }

            var moved = (double[])row.Clone();
            moved[j] += cap;
            slopes[indicators[j]] = (Aggregate(moved, indicators, node) - at) / cap;
        }

        return slopes;
    }

    private void Descend(IndexResult result, string unit, FrameworkNode node, double slope, Dictionary<string, double> slopes)
    {
        if (node.IsIndicator)
        {
            slopes[node.Code] = slope;
            return;
        }

        var available = Framework.ChildrenOf(node.Code).Where(c => c.Weight != 0 && !double.IsNaN(result.Scores[unit, c.Code])).ToList();
        var total = available.Sum(c => c.Weight);
        foreach (var child in available)
        {
            Descend(result, unit, child, slope * child.Weight / total, slopes);
        }
    }

    /// <summary>One unit's score of a node from its normalised indicator row, on the baseline's compiled aggregation plan.</summary>
    private double Aggregate(double[] row, string[] indicators, string node)
    {
        var plan = Baseline.Input.Plan;
        var aggregates = new double[plan.NodeCount - plan.IndicatorCount];
        var methods = Aggregation.MethodsByAggregate(Methodology.Aggregation, Framework);
        var profile = IndicatorProfile.Of(row, 1, plan.IndicatorCount, withLogs: false);
        var failure = plan.Aggregate(row, profile, aggregates, 1, plan.NominalWeights, methods, Methodology.Aggregation.MinDataAvailability ?? 0, new AggregationScratch(plan, 1));
        var k = Framework.IndexOf(node);
        return failure is not null ? double.NaN : k < plan.IndicatorCount ? row[k] : aggregates[k - plan.IndicatorCount];
    }

    /// <summary>The index rebuilt from changed data of the same shape, on the baseline's checked inputs and compiled plan.</summary>
    private IndexResult Rebuild(Dataset data)
    {
        var problems = new ValidationProblems();
        var result = IndexBuilder.Rebuild(Baseline, data, problems);
        problems.ThrowIfAny();
        return result!;
    }

    private List<Candidate> Candidates(IndexResult result, string unit, Dictionary<string, double> slopes, WhatIfOptions options, List<WhatIfCaveat>? caveats)
    {
        var list = new List<Candidate>();
        foreach (var (code, slope) in slopes.Where(p => p.Value > 0))
        {
            var indicator = Framework[code];
            WhatIfCaveat? excluded = null;
            if (options.Fixed.Contains(code))
            {
                excluded = Excluded(code, nameof(Messages.WhatIfExcludedFixed), ProblemText.Quote(code));
            }
            else if (double.IsNaN(Data.Indicators[unit, code]))
            {
                excluded = Excluded(code, nameof(Messages.WhatIfExcludedNoValue), ProblemText.Quote(code));
            }
            else if (Baseline.Outliers[code].Treatment != FinalTreatment.None)
            {
                excluded = Excluded(code, nameof(Messages.WhatIfExcludedOutlierTreated), ProblemText.Quote(code), Baseline.Outliers[code].Treatment);
            }
            else if (Methodology.Denomination.Enabled && indicator.Denominator is { } d && !(Math.Abs(Data.Denominators[unit, d]) > 0))
            {
                excluded = Excluded(code, nameof(Messages.WhatIfExcludedDenominatorMissing), ProblemText.Quote(d), ProblemText.Quote(code));
            }

            if (excluded is not null)
            {
                if (caveats is not null)
                {
                    Add(caveats, excluded);
                }

                continue;
            }

            var normalised = result.Normalised[unit, code];
            var cap = Max(result.Normalised.Column(code)) - normalised;
            if (cap > Tiny)
            {
                list.Add(new Candidate(code, slope, normalised, cap, Framework.IndexOf(code)));
            }
        }

        return [.. list.OrderByDescending(c => c.Slope).ThenByDescending(c => c.Cap).ThenBy(c => c.Order)];
    }

    private double RawValue(IndexResult result, string unit, Candidate c, double delta)
    {
        var node = Framework[c.Code];
        var treated = result.Treated.Column(c.Code);
        var atBest = delta >= c.Cap - Tiny;
        double value;
        if (atBest)
        {
            // The best unit's own value: exactly the column's bound, so the bound does not move.
            var column = result.Normalised.Column(c.Code);
            var best = Max(column);
            var index = column.IndexOf(best);
            value = treated[index];
        }
        else
        {
            value = NormalisationInverse.TreatedValue(Methodology.Normalisation.For(c.Code), node, treated, result.Treated.Units, c.Normalised + delta);
        }

        if (Methodology.Denomination.Enabled && node.Denominator is { } d)
        {
            value = value * Data.Denominators[unit, d] / Methodology.Denomination.ScaleFactor;
        }

        return value;
    }

    private double Predict(IndexResult result, string unit, string node, Dictionary<string, double> slopes, List<(string Code, double Delta)> deltas, double score)
    {
        if (IsArithmetic(node))
        {
            return score + deltas.Sum(d => slopes[d.Code] * d.Delta);
        }

        var indicators = Framework.Indicators.Select(i => i.Code).ToArray();
        var row = indicators.Select(c => result.Normalised[unit, c]).ToArray();
        foreach (var (code, delta) in deltas)
        {
            row[Array.IndexOf(indicators, code)] += delta;
        }

        return Aggregate(row, indicators, node);
    }

    /// <summary>The normalisation method of every indicator (the methodology's, or an indicator's override).</summary>
    private IEnumerable<NormalisationMethod> IndicatorMethods() =>
        Framework.Indicators.Select(i => Methodology.Normalisation.For(i.Code));

    private void AddMethodCaveats(string node, List<WhatIfCaveat> caveats)
    {
        if (!IsArithmetic(node))
        {
            Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.NonArithmeticAggregation, null, nameof(Messages.WhatIfCaveatNonArithmetic)));
        }

        if (IndicatorMethods().Any(m => m.UsesColumnStatistics))
        {
            Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.NormalisationMoves, null, nameof(Messages.WhatIfCaveatNormalisationMoves)));
        }
    }

    private void AddIndicatorCaveats(IndexResult result, string unit, string code, List<WhatIfCaveat> caveats)
    {
        var node = Framework[code];
        if (NormalisationInverse.UsesColumnMinimum(Methodology.Normalisation.For(code)))
        {
            var treated = result.Treated.Column(code);
            var direction = (int)node.Direction;
            var own = result.Treated[unit, code] * direction;
            var lowest = double.PositiveInfinity;
            var count = 0;
            foreach (var v in treated)
            {
                var a = v * direction;
                if (double.IsNaN(a))
                {
                    continue;
                }

                if (a < lowest)
                {
                    lowest = a;
                    count = 1;
                }
                else if (a == lowest)
                {
                    count++;
                }
            }

            if (own == lowest && count == 1)
            {
                Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.UnitHoldsMinimum, code, nameof(Messages.WhatIfCaveatUnitHoldsMinimum), ProblemText.Quote(code)));
            }
        }

        // The imputed values of other units that the method computes from this unit's value (none for every method that
        // fills from the unit's own history only).
        var method = Methodology.Imputation.Method;
        var source = Data.Units.First(u => u.Code == unit);
        var dependent = Baseline.Imputation.Imputed.Count(v => v.Indicator == code && v.Unit != unit
            && method.FillsFrom(Data.Units.First(u => u.Code == v.Unit), source));
        if (dependent > 0)
        {
            Add(caveats, WhatIfCaveat.Keyed(WhatIfCaveatKind.ImputationDependsOnUnit, code, nameof(Messages.WhatIfCaveatImputationDepends), dependent, ProblemText.Quote(code)));
        }
    }

    private bool IsArithmetic(string node)
    {
        var methods = Aggregation.MethodsByAggregate(Methodology.Aggregation, Framework);
        var m = Framework.Indicators.Length;
        for (var k = m; k < Framework.Nodes.Length; k++)
        {
            if (!methods[k - m].IsLinear && InSubtree(Framework.Nodes[k].Code, node))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first aggregate at or below the node whose method depends on the other units, if any.</summary>
    private (string Node, AggregationMethod Method)? UnitDependentMethod(string node)
    {
        var methods = Aggregation.MethodsByAggregate(Methodology.Aggregation, Framework);
        var m = Framework.Indicators.Length;
        for (var k = m; k < Framework.Nodes.Length; k++)
        {
            if (methods[k - m].DependsOnOtherUnits && InSubtree(Framework.Nodes[k].Code, node))
            {
                return (Framework.Nodes[k].Code, methods[k - m]);
            }
        }

        return null;
    }

    private bool InSubtree(string code, string node)
    {
        for (var current = Framework[code]; current is not null; current = current.Parent is { } p ? Framework[p] : null)
        {
            if (current.Code == node)
            {
                return true;
            }
        }

        return false;
    }

    private static double Threshold(IndexResult result, string unit, string node, int targetRank)
    {
        var others = result.Units.Where(u => u.Code != unit).Select(u => result.Scores[u.Code, node]).Where(s => !double.IsNaN(s)).OrderDescending().ToList();
        return targetRank - 1 < others.Count ? others[targetRank - 1] : double.NegativeInfinity;
    }

    private Dataset WithValues(string unit, IReadOnlyDictionary<string, double> values)
    {
        var columns = Data.Indicators.Columns;
        var rows = Data.Units.Select(u => (IReadOnlyList<double>)columns
            .Select(c => u.Code == unit && values.TryGetValue(c, out var v) ? v : Data.Indicators[u.Code, c]).ToArray()).ToArray();
        return Dataset.Create(UnitTable.FromRows(Data.Units, columns, rows), Data.Denominators);
    }

    private void CheckUnitAndNode(string unit, string node, ValidationProblems problems)
    {
        if (!Data.Indicators.HasUnit(unit))
        {
            problems.AddMessage($"unit \"{unit}\"", nameof(Messages.WhatIfUnitUnknown));
        }
        else if (!Baseline.Scores.HasUnit(unit))
        {
            problems.AddMessage($"unit \"{unit}\"", nameof(Messages.WhatIfUnitScreenedOut));
        }

        if (!Framework.TryGetNode(node, out var n))
        {
            problems.AddMessage($"node \"{node}\"", nameof(Messages.WhatIfNodeUnknown));
        }
        else if (n.IsIndicator)
        {
            problems.AddMessage($"node \"{node}\"", nameof(Messages.WhatIfNodeIsIndicator));
        }
        else if (Baseline.Scores.HasUnit(unit) && double.IsNaN(Baseline.Scores[unit, node]))
        {
            problems.AddMessage($"unit \"{unit}\"", nameof(Messages.WhatIfScoreMissing), ProblemText.Quote(node));
        }
    }

    private static double Max(ReadOnlySpan<double> column)
    {
        var max = double.NegativeInfinity;
        foreach (var v in column)
        {
            if (v > max)
            {
                max = v;
            }
        }

        return max;
    }

    /// <summary>The caveat that an indicator is left out of the plan, for the reason <paramref name="key"/>.</summary>
    private static WhatIfCaveat Excluded(string code, string key, params object[] arguments) =>
        WhatIfCaveat.Keyed(WhatIfCaveatKind.IndicatorsExcluded, code, key, arguments);

    private static void Add(List<WhatIfCaveat> caveats, WhatIfCaveat caveat)
    {
        if (!caveats.Any(c => c.Kind == caveat.Kind && c.Indicator == caveat.Indicator))
        {
            caveats.Add(caveat);
        }
    }

    private sealed record Candidate(string Code, double Slope, double Normalised, double Cap, int Order);
}
