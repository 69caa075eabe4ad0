using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using Nq52Metrics.Localization;
using Nq52Metrics.Ranking;

namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Runs a compiled <see cref="UncertaintyModel"/>: draws every run's design from counter-based random numbers (so a
/// run's parameters depend only on the seed and its index), evaluates runs in parallel over a fixed partition into
/// blocks, keeps rank histograms (integer counts, order-free) — or each run's ranks when there are fewer runs than units —
/// and per-block score moments folded in block order, so
/// results are identical whatever the number of threads. No allocation per run. A run that overflows (a value too
/// large to represent) stops the analysis: the lowest such run is reported as a located problem, whatever the number
/// of threads, and no result is returned.
/// </summary>
internal static class UncertaintyRunner
{
    private const int BlockCount = 64;
    private const int LocalHistogramLimit = 4_000_000;
    private const int MaxMessages = 10;

    /// <summary>Runs the analysis; null, with the problem added, when a run overflowed.</summary>
    public static UncertaintyResult? Run(UncertaintyModel model, IProgress<double>? progress, ValidationProblems problems, CancellationToken cancellationToken)
    {
        var spec = model.Spec;
        var n = model.UnitCount;
        var d = model.Inputs.Length;
        long baseRuns = spec.Runs;
        var sensitivity = spec.Type == AnalysisType.Sensitivity;
        var total = sensitivity ? baseRuns * (d + 2) : baseRuns;
        var statsRuns = sensitivity ? 2 * baseRuns : baseRuns;
        var blocks = (int)Math.Min(BlockCount, total);
        var blockStates = new BlockState[blocks];
        var outputs = sensitivity ? new double[total] : [];
        var nominalRanks = model.NominalRanks.ToArray();
        var scale = model.RankScale;
        var slots = n * scale;
        var sampler = new Sampler(model);
        // Ranks are kept either as per-unit histograms (n × n counts: memory independent of the number of runs) or, when
        // there are fewer runs than units, as each run's ranks (runs × n): whichever is smaller. Both give exact statistics.
        var keepRunRanks = statsRuns < n;
        var histogram = keepRunRanks ? [] : new int[(long)n * slots];
        var runRanks = keepRunRanks ? new int[statsRuns * n] : [];
        var useLocalHistograms = !keepRunRanks && (long)n * slots <= LocalHistogramLimit;
        long done = 0;
        var firstOverflow = long.MaxValue;
        var reportEvery = Math.Max(1, total / 200);

        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = spec.MaxDegreeOfParallelism ?? -1,
        };
        try
        {
            Parallel.For(
                0,
                blocks,
                options,
                () => new ThreadState(model, useLocalHistograms ? new int[n * slots] : null),
                [MethodImpl(MethodImplOptions.AggressiveOptimization)] (b, _, state) =>
                {
                    var block = new BlockState(n, model.Inputs);
                    blockStates[b] = block;
                    var start = b * total / blocks;
                    var end = (b + 1) * total / blocks;
                    var hist = state.Histogram ?? histogram;
                    var scratch = state.Scratch;
                    for (var r = start; r < end; r++)
                    {
                        if ((r & 255) == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            if (r > Interlocked.Read(ref firstOverflow))
                            {
                                // A lower run overflowed: nothing after it is reported.
                                break;
                            }
                        }

                        Design(model, sampler, r, scratch.Choice);
                        var code = model.Evaluate(scratch.Choice.AsSpan(0, d), scratch);
                        if (code == UncertaintyModel.Overflowed)
                        {
                            LowerTo(ref firstOverflow, r);
                            break;
                        }

                        if (code != 0)
                        {
                            block.FailedRuns.Add(r);
                            for (var j = 0; j < d; j++)
                            {
                                block.FailuresByAlternative[j][scratch.Choice[j]]++;
                            }

                            if (block.Messages.Count < MaxMessages)
                            {
                                var message = model.DescribeFailure(scratch.Choice.AsSpan(0, d), scratch);
                                if (!block.Messages.Contains(message))
                                {
                                    block.Messages.Add(message);
                                }
                            }

                            if (sensitivity)
                            {
                                outputs[r] = double.NaN;
                            }
                        }
                        else
                        {
                            var scores = scratch.Scores;
                            var ranks = scratch.Ranks;
                            Ranker.RankInto(scores, ranks, model.RankSpecOf(scratch.Choice.AsSpan(0, d)), scratch.Keys, scratch.Order, scratch.Rounded);
                            if (r < statsRuns)
                            {
                                if (keepRunRanks)
                                {
                                    RecordRunRanks(block, scores, ranks, runRanks.AsSpan((int)r * n, n), scale);
                                }
                                else
                                {
                                    Record(block, scores, ranks, hist, state.Histogram is null, scale);
                                }
                            }

                            if (sensitivity)
                            {
                                outputs[r] = MeanAbsoluteShift(ranks, nominalRanks);
                            }
                        }

                        if (progress is not null && (r - start + 1) % reportEvery == 0)
                        {
                            progress.Report((double)Interlocked.Add(ref done, reportEvery) / total);
                        }
                    }

                    return state;
                },
                state =>
                {
                    if (state.Histogram is { } local)
                    {
                        lock (histogram)
                        {
                            for (var i = 0; i < local.Length; i++)
                            {
                                histogram[i] += local[i];
                            }
                        }
                    }
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException("The analysis was cancelled.", e, cancellationToken);
        }

        if (firstOverflow != long.MaxValue)
        {
            // Every run below it was evaluated, so this is the lowest overflowing run whatever the threads did.
            var replay = new UncertaintyModel.EvaluationScratch(model);
            Design(model, sampler, firstOverflow, replay.Choice);
            model.Evaluate(replay.Choice.AsSpan(0, d), replay);
            problems.Add(model.OverflowProblem(firstOverflow, replay.Choice.AsSpan(0, d), replay));
            return null;
        }

        progress?.Report(1.0);

        // The first distinct failure reasons in run order (blocks are folded in order, so threads do not matter).
        var messages = blockStates.SelectMany(b => b.Messages).Distinct().Take(MaxMessages).ToList();
        var statistics = Statistics(model, blockStates, nominalRanks, slots, scale, (unit, counts) =>
        {
            if (!keepRunRanks)
            {
                histogram.AsSpan(unit * slots, slots).CopyTo(counts);
                return;
            }

            Array.Clear(counts);
            for (long r = 0; r < statsRuns; r++)
            {
                var rank = runRanks[(r * n) + unit];
                if (rank > 0)
                {
                    counts[rank - scale]++;
                }
            }
        });
        var failures = ImmutableArray.CreateBuilder<InputFailure>();
        for (var j = 0; j < d; j++)
        {
            for (var a = 0; a < model.Inputs[j].Alternatives.Length; a++)
            {
                var count = blockStates.Sum(b => b.FailuresByAlternative[j][a]);
                if (count > 0)
                {
                    failures.Add(new InputFailure(model.Inputs[j].Name, model.Inputs[j].Alternatives[a], count));
                }
            }
        }

        var indices = sensitivity ? Sensitivity(model, outputs, baseRuns, messages) : [];
        if (Vietnam.PiiSample.IsSample(model.Units))
        {
            // Indices shown on their own (without the result) must still say they come from sample data.
            indices = [.. indices.Select(s => s with { IsSample = true })];
        }

        var failedRuns = blockStates.SelectMany(b => b.FailedRuns).ToImmutableArray();
        return new UncertaintyResult(
            model, total, failedRuns, statistics, failures.ToImmutable(), [.. messages], indices,
            sensitivity ? ImmutableArray.Create(outputs) : []);
    }

    /// <summary>Lowers <paramref name="target"/> to <paramref name="value"/> when that is smaller (thread-safe).</summary>
    private static void LowerTo(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value < seen)
        {
            var found = Interlocked.CompareExchange(ref target, value, seen);
            if (found == seen)
            {
                return;
            }

            seen = found;
        }
    }

    /// <summary>The alternative index per input of run <paramref name="run"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Design(UncertaintyModel model, Sampler sampler, long run, Span<int> choice)
    {
        var d = model.Inputs.Length;
        var sensitivity = model.Spec.Type == AnalysisType.Sensitivity;
        long baseRuns = model.Spec.Runs;
        var block = sensitivity ? run / baseRuns : 0;
        var row = sensitivity ? run % baseRuns : run;
        for (var j = 0; j < d; j++)
        {
            var fromB = block == 1 || (block >= 2 && j == block - 2);
            var u = sampler.Uniform(row, j, fromB);
            var count = model.Inputs[j].Alternatives.Length;
            choice[j] = Math.Min((int)(u * count), count - 1);
        }
    }

    /// <summary>Keeps one run's ranks as integers (rank × <paramref name="scale"/>; 0 = no rank).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecordRunRanks(BlockState block, double[] scores, double[] ranks, Span<int> destination, int scale)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                destination[i] = 0;
                continue;
            }

            destination[i] = (int)(ranks[i] * scale);
            UpdateMoments(block, i, scores[i]);
        }
    }

    /// <summary>Counts one run's ranks in the per-unit histograms (slot = rank × <paramref name="scale"/> − scale).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Record(BlockState block, double[] scores, double[] ranks, int[] histogram, bool shared, int scale)
    {
        var n = scores.Length;
        var slots = n * scale;
        for (var i = 0; i < n; i++)
        {
            var s = scores[i];
            if (double.IsNaN(s))
            {
                continue;
            }

            var slot = (i * slots) + (int)(ranks[i] * scale) - scale;
            if (shared)
            {
                Interlocked.Increment(ref histogram[slot]);
            }
            else
            {
                histogram[slot]++;
            }

            UpdateMoments(block, i, s);
        }
    }

    /// <summary>Welford update of the block's score moments of unit <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UpdateMoments(BlockState block, int i, double s)
    {
        var count = ++block.Count[i];
        var delta = s - block.Mean[i];
        block.Mean[i] += delta / count;
        block.M2[i] += delta * (s - block.Mean[i]);
        if (s < block.Min[i])
        {
            block.Min[i] = s;
        }

        if (s > block.Max[i])
        {
            block.Max[i] = s;
        }
    }

    private static double MeanAbsoluteShift(double[] ranks, double[] nominal)
    {
        double sum = 0;
        var count = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            var shift = Math.Abs(ranks[i] - nominal[i]);
            if (!double.IsNaN(shift))
            {
                sum += shift;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    private static ImmutableArray<UnitRankStatistics> Statistics(UncertaintyModel model, BlockState[] blocks, double[] nominalRanks, int slots, int scale, Action<int, int[]> rankCountsOf)
    {
        var n = model.UnitCount;
        var counts = new int[slots];
        var result = ImmutableArray.CreateBuilder<UnitRankStatistics>(n);
        for (var i = 0; i < n; i++)
        {
            // Chan et al. merge of the blocks' moments, always in block order.
            long count = 0;
            double mean = 0, m2 = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var b in blocks)
            {
                var nb = b.Count[i];
                if (nb == 0)
                {
                    continue;
                }

                var delta = b.Mean[i] - mean;
                var merged = count + nb;
                mean += delta * nb / merged;
                m2 += b.M2[i] + (delta * delta * count * nb / merged);
                count = merged;
                min = Math.Min(min, b.Min[i]);
                max = Math.Max(max, b.Max[i]);
            }

            rankCountsOf(i, counts);
            result.Add(new UnitRankStatistics(
                model.Units[i],
                nominalRanks[i],
                RankHistogram.Mean(counts, scale),
                RankHistogram.Quantile(counts, 0.5, scale),
                RankHistogram.Quantile(counts, 0.05, scale),
                RankHistogram.Quantile(counts, 0.95, scale),
                model.NominalScores[i],
                count == 0 ? double.NaN : mean,
                count < 2 ? double.NaN : Math.Sqrt(m2 / (count - 1)),
                count == 0 ? double.NaN : min,
                count == 0 ? double.NaN : max));
        }

        return result.MoveToImmutable();
    }

    private static ImmutableArray<SensitivityIndex> Sensitivity(UncertaintyModel model, double[] outputs, long baseRuns, List<MessageText> messages)
    {
        var d = model.Inputs.Length;
        if (d == 0)
        {
            messages.Add(MessageText.Of(nameof(Messages.SensitivityNote), MessageText.Of(nameof(Messages.SensitivityNothingToAttribute))));
            return [];
        }

        var rows = new List<long>();
        for (long r = 0; r < baseRuns; r++)
        {
            var ok = double.IsFinite(outputs[r]) && double.IsFinite(outputs[baseRuns + r]);
            for (var j = 0; ok && j < d; j++)
            {
                ok = double.IsFinite(outputs[((2 + j) * baseRuns) + r]);
            }

            if (ok)
            {
                rows.Add(r);
            }
        }

        var yA = rows.Select(r => outputs[r]).ToArray();
        var yB = rows.Select(r => outputs[baseRuns + r]).ToArray();
        var yAB = Enumerable.Range(0, d).Select(j => rows.Select(r => outputs[((2 + j) * baseRuns) + r]).ToArray()).ToArray();
        var indices = SobolEstimator.TryEstimate(model.Inputs.Select(i => i.Name).ToArray(), yA, yB, yAB, model.Spec.BootstrapSamples, model.Spec.Seed, out var problem);
        if (problem is not null)
        {
            messages.Add(MessageText.Of(nameof(Messages.SensitivityNote), problem));
        }

        return indices;
    }

    /// <summary>Uniform draws of the design: pseudo-random by default, scrambled Sobol' when asked.</summary>
    internal sealed class Sampler
    {
        private readonly SobolSequence? _sobol;
        private readonly ulong _seed;
        private readonly int _dimensions;

        public Sampler(UncertaintyModel model)
        {
            _seed = model.Spec.Seed;
            _dimensions = model.Inputs.Length;
            if (model.Spec.QuasiRandom && _dimensions > 0)
            {
                var dims = _dimensions * (model.Spec.Type == AnalysisType.Sensitivity ? 2 : 1);
                _sobol = new SobolSequence(dims, _seed);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public double Uniform(long row, int dimension, bool fromB) =>
            _sobol is not null
                ? _sobol.Coordinate(row, fromB ? _dimensions + dimension : dimension)
                : RunRandom.Uniform(_seed, fromB ? RunRandom.StreamB : RunRandom.StreamA, row, dimension);
    }

    private sealed class ThreadState(UncertaintyModel model, int[]? histogram)
    {
        public UncertaintyModel.EvaluationScratch Scratch { get; } = new(model);

        public int[]? Histogram { get; } = histogram;
    }

    private sealed class BlockState
    {
        public BlockState(int n, ImmutableArray<UncertainInput> inputs)
        {
            Count = new long[n];
            Mean = new double[n];
            M2 = new double[n];
            Min = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
            Max = Enumerable.Repeat(double.NegativeInfinity, n).ToArray();
            FailuresByAlternative = inputs.Select(i => new long[i.Alternatives.Length]).ToArray();
        }

        public long[] Count { get; }

        public double[] Mean { get; }

        public double[] M2 { get; }

        public double[] Min { get; }

        public double[] Max { get; }

        public long[][] FailuresByAlternative { get; }

        public List<MessageText> Messages { get; } = [];

        /// <summary>Indices of the block's failed runs, ascending (runs are made in order within a block).</summary>
        public List<long> FailedRuns { get; } = [];
    }
}
