using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Nq52Metrics.Data;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// The guard against silent overflow between pipeline steps: a step's output may hold no infinity, and no missing
/// value where its input had one. Each column that breaks this is one located problem (the column, its first unit,
/// how many units in all), so arithmetic overflow is reported, never passed on as ∞, NaN or equal ranks.
/// </summary>
internal static class FiniteValues
{
    /// <summary>
    /// Reports an aggregate that is infinite, or missing although every one of its children has a value (an
    /// overflow such as ∞ − ∞; a missing child or the data-availability threshold are the only other ways to miss).
    /// </summary>
    /// <param name="scores">Indicators and aggregates, one column per node.</param>
    /// <param name="framework">The framework (the children of each aggregate).</param>
    /// <param name="problems">Receives one problem per overflowing node.</param>
    /// <returns>True when nothing overflowed.</returns>
    public static bool EnsureAggregates(UnitTable scores, Frameworks.IndexFramework framework, ValidationProblems problems)
    {
        // The common case in one pass, without allocating: no infinity and no missing score anywhere.
        if (AllFinite(scores.Values))
        {
            return true;
        }

        var before = problems.Count;
        foreach (var node in framework.Nodes.Where(n => !n.IsIndicator))
        {
            var values = scores.Column(node.Code).ToArray();
            var children = framework.ChildrenOf(node.Code).Where(c => c.Weight > 0).Select(c => scores.Column(c.Code).ToArray()).ToArray();
            Report(problems, nameof(Messages.StepAggregation), $"node \"{node.Code}\"", scores, values, i => double.IsNaN(values[i]) && children.All(c => !double.IsNaN(c[i])));
        }

        return problems.Count == before;
    }

    /// <summary>Reports a column of the step's output that holds an infinity, or NaN where <paramref name="input"/> had a value.</summary>
    /// <param name="output">What the step produced.</param>
    /// <param name="step">The key of the step's name as a user says it (<c>nameof(Messages.StepNormalisation)</c>).</param>
    /// <param name="kind">What a column is called in locations (<c>indicator</c> or <c>node</c>).</param>
    /// <param name="input">The step's input when it has the same units and columns (so a new NaN is an overflow too), or null.</param>
    /// <param name="problems">Receives one problem per overflowing column.</param>
    /// <returns>True when nothing overflowed.</returns>
    public static bool Ensure(UnitTable output, string step, string kind, UnitTable? input, ValidationProblems problems)
    {
        if (ReferenceEquals(output, input))
        {
            // The step passed its input on unchanged (e.g. no transform, every unit kept): it was checked before.
            return true;
        }

        var found = problems.Count;
        var compare = input is not null && input.UnitCount == output.UnitCount
            && (input.Columns == output.Columns || input.Columns.SequenceEqual(output.Columns, StringComparer.Ordinal));
        if (!HasInfinityOrNewNaN(output.Values, compare ? input!.Values : default))
        {
            return true;
        }

        for (var j = 0; j < output.ColumnCount; j++)
        {
            var before = compare ? input!.Column(j).ToArray() : null;
            var values = output.Column(j).ToArray();
            Report(problems, step, $"{kind} \"{output.Columns[j]}\"", output, values, i => before is not null && double.IsNaN(values[i]) && !double.IsNaN(before[i]));
        }

        return problems.Count == found;
    }

    /// <summary>Adds one problem for a column whose values are infinite, or NaN where <paramref name="lostValue"/> says a value was due.</summary>
    private static void Report(ValidationProblems problems, string step, string where, UnitTable table, ReadOnlySpan<double> values, Func<int, bool> lostValue)
    {
        var first = -1;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]) || lostValue(i))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        if (count > 0)
        {
            var stepName = MessageText.Of(step);
            var at = $"{where}, unit \"{table.Units[first].Code}\"";
            if (count <= 2)
            {
                problems.AddMessage(at, count == 1 ? nameof(Messages.OverflowInStep) : nameof(Messages.OverflowInStepTwoUnits), stepName);
            }
            else
            {
                problems.AddMessage(at, nameof(Messages.OverflowInStepManyUnits), stepName, count - 1);
            }
        }
    }

    /// <summary>True when every value is finite (no NaN, no infinity); a vector of values at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        var width = Vector<double>.Count;
        var infinity = new Vector<double>(double.PositiveInfinity);
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(values);
        for (; i <= values.Length - width; i += width)
        {
            // |v| < ∞ is false for an infinity and for NaN.
            if (!Vector.LessThanAll(Vector.Abs(Vector.LoadUnsafe(ref start, (nuint)i)), infinity))
            {
                return false;
            }
        }

        for (; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a value is infinite, or NaN where <paramref name="input"/> (if not empty) has a value; a vector of
    /// values at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasInfinityOrNewNaN(ReadOnlySpan<double> output, ReadOnlySpan<double> input)
    {
        var width = Vector<double>.Count;
        var infinity = new Vector<double>(double.PositiveInfinity);
        var compare = !input.IsEmpty;
        var i = 0;
        ref var outputStart = ref MemoryMarshal.GetReference(output);
        ref var inputStart = ref MemoryMarshal.GetReference(input);
        for (; i <= output.Length - width; i += width)
        {
            var v = Vector.LoadUnsafe(ref outputStart, (nuint)i);
            Vector<long> bad = Vector.Equals(Vector.Abs(v), infinity);
            if (compare)
            {
                var before = Vector.LoadUnsafe(ref inputStart, (nuint)i);
                bad |= Vector.AndNot(Vector.Equals(before, before), Vector.Equals(v, v));
            }

            if (!Vector.EqualsAll(bad, Vector<long>.Zero))
            {
                return true;
            }
        }

        for (; i < output.Length; i++)
        {
            var v = output[i];
            if (double.IsInfinity(v) || (double.IsNaN(v) && compare && !double.IsNaN(input[i])))
            {
                return true;
            }
        }

        return false;
    }
}
