using System.Collections.Immutable;
using Nq52Metrics.Data;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// What an uncertainty or sensitivity analysis found: rank and score statistics per unit, the failed runs by input
/// alternative, and (for a sensitivity analysis) the Sobol indices. Any run's parameters can be recovered with
/// <see cref="RunAlternatives"/> and replayed with <see cref="UncertaintyModel.TryEvaluate(ReadOnlySpan{int}, Span{double}, out string?)"/>.
/// </summary>
public sealed class UncertaintyResult
{
    private readonly UncertaintyModel _model;
    private readonly ImmutableDictionary<string, int> _byUnit;
    private readonly ImmutableArray<long> _failedRuns;
    private readonly UncertaintyRunner.Sampler _sampler;
    private readonly ImmutableArray<Localization.MessageText> _failureMessages;

    internal UncertaintyResult(
        UncertaintyModel model,
        long runCount,
        ImmutableArray<long> failedRuns,
        ImmutableArray<UnitRankStatistics> statistics,
        ImmutableArray<InputFailure> failures,
        ImmutableArray<Localization.MessageText> failureMessages,
        ImmutableArray<SensitivityIndex> sensitivity,
        ImmutableArray<double> outputs)
    {
        _model = model;
        RunCount = runCount;
        _failedRuns = failedRuns;
        _sampler = new UncertaintyRunner.Sampler(model);
        RankStatistics = statistics;
        Failures = failures;
        _failureMessages = failureMessages;
        FailureMessages = FailureMessagesIn(Localization.DisplayLanguage.English);
        Sensitivity = sensitivity;
        Outputs = outputs;
        _byUnit = statistics.Select((s, i) => (s.Unit.Code, i)).ToImmutableDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The spec of the analysis.</summary>
    public UncertaintySpec Spec => _model.Spec;

    /// <summary>The compiled model (replay runs with it).</summary>
    public UncertaintyModel Model => _model;

    /// <summary>The analysed node.</summary>
    public string Target => _model.Target;

    /// <summary>The uncertain inputs.</summary>
    public ImmutableArray<UncertainInput> Inputs => _model.Inputs;

    /// <summary>Runs made (UA: N; SA: N(d + 2)).</summary>
    public long RunCount { get; }

    /// <summary>Runs that failed (e.g. a geometric mean met a zero); they are left out of every statistic.</summary>
    public long FailedRuns => _failedRuns.Length;

    /// <summary>Statistics per unit, in unit order.</summary>
    public ImmutableArray<UnitRankStatistics> RankStatistics { get; }

    /// <summary>Failed runs counted per input alternative (only alternatives with failures are listed).</summary>
    public ImmutableArray<InputFailure> Failures { get; }

    /// <summary>
    /// Up to 10 distinct reasons of failed runs, in run order, in English; and notes of a sensitivity analysis that could
    /// not estimate its indices (why).
    /// </summary>
    public ImmutableArray<string> FailureMessages { get; }

    /// <summary>The reasons of <see cref="FailureMessages"/> in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The reasons, in the same order as <see cref="FailureMessages"/>.</returns>
    public ImmutableArray<string> FailureMessagesIn(Localization.DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return [.. _failureMessages.Select(m => m.In(language))];
    }

    /// <summary>Sobol indices per input (sensitivity analysis only; empty otherwise).</summary>
    public ImmutableArray<SensitivityIndex> Sensitivity { get; }

    /// <summary>Sensitivity analysis only: the mean absolute rank shift of every run ([A; B; AB₁…AB_d]); NaN for failed runs.</summary>
    public ImmutableArray<double> Outputs { get; }

    /// <summary>The statistics of one unit.</summary>
    /// <param name="unitCode">A unit code.</param>
    /// <exception cref="KeyNotFoundException">Unknown unit.</exception>
    public UnitRankStatistics this[string unitCode] =>
        _byUnit.TryGetValue(unitCode, out var i) ? RankStatistics[i] : throw new KeyNotFoundException($"No unit \"{unitCode}\".");

    /// <summary>A unit's rank interval as text: <c>median [q5, q95]</c>.</summary>
    /// <param name="unitCode">A unit code.</param>
    /// <returns>The interval.</returns>
    public string RankInterval(string unitCode) => this[unitCode].ToString();

    /// <summary>The alternative index per input used by a run (0-based run index over all runs).</summary>
    /// <param name="run">The run, 0 ≤ run &lt; <see cref="RunCount"/>.</param>
    /// <returns>One alternative index per entry of <see cref="Inputs"/>.</returns>
    public ImmutableArray<int> RunAlternatives(long run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, RunCount);
        var choice = new int[Inputs.Length];
        UncertaintyRunner.Design(_model, _sampler, run, choice);
        return ImmutableArray.Create(choice);
    }

    /// <summary>Whether a run failed (it is then left out of every statistic); no re-evaluation is needed.</summary>
    /// <param name="run">The run, 0 ≤ run &lt; <see cref="RunCount"/>.</param>
    /// <returns>True when the run failed.</returns>
    public bool RunFailed(long run)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, RunCount);
        return _failedRuns.BinarySearch(run) >= 0;
    }

    /// <summary>Units in the order of this result.</summary>
    public ImmutableArray<Unit> Units => _model.Units;

    /// <summary>
    /// True when the analysed units are sample data (every unit marked <c>DataStatus = SAMPLE</c>, see
    /// <see cref="Vietnam.PiiSample.IsSample(IReadOnlyCollection{Unit})"/>): show the SAMPLE label with it.
    /// </summary>
    public bool IsSample => Vietnam.PiiSample.IsSample(Units);

    /// <summary>
    /// A short summary: the target node, runs (and failed runs), inputs varied, units, and the unit with the widest
    /// 5–95 % rank interval; Sobol indices are counted when computed; starts with <c>SAMPLE</c> on sample data.
    /// </summary>
    /// <returns>E.g. <c>Uncertainty of "Index": 10000 runs (0 failed), 3 inputs, 51 units; widest interval: VNM: 36 [30, 41] (nominal 36)</c>.</returns>
    public override string ToString()
    {
        UnitRankStatistics? widest = null;
        foreach (var s in RankStatistics)
        {
            if (widest is null || s.Q95 - s.Q5 > widest.Q95 - widest.Q5)
            {
                widest = s;
            }
        }

        var sensitivity = Sensitivity.IsEmpty ? "" : $", Sobol indices for {Sensitivity.Length} inputs";
        var interval = widest is null ? "" : $"; widest interval: {widest}";
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{(IsSample ? "SAMPLE " : "")}Uncertainty of \"{Target}\": {RunCount} runs ({FailedRuns} failed), {Inputs.Length} inputs, {Units.Length} units{sensitivity}{interval}");
    }
}
