using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nq52Metrics.Construction;

/// <summary>
/// The weighted mean of complete columns, Σ w_c·x_c / Σ w_c per unit, in one pass over the units: for each vector of
/// units the running sum stays in a register while the children are added in their order. The arithmetic per value is
/// exactly that of one multiply-add per child over whole columns followed by one division (the sum starts at 0, each
/// child adds <c>(x · w) + sum</c> with two roundings, as <c>TensorPrimitives.MultiplyAdd</c> does, children with weight 0 are skipped), so both give the same bits.
/// </summary>
internal static class DenseWeightedMean
{
    /// <summary>
    /// Writes the weighted mean of the children's columns to <paramref name="destination"/>. A child c below
    /// <paramref name="split"/> is column c of <paramref name="first"/>, any other is column c − split of
    /// <paramref name="second"/> (both column-major with <paramref name="n"/> rows). Allocation-free; n may be 0.
    /// </summary>
    /// <returns>The facts <see cref="AllPositive"/> gives about the means written, found while writing them.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ValueFacts Into(
        ReadOnlySpan<double> first,
        ReadOnlySpan<double> second,
        int split,
        int n,
        ReadOnlySpan<int> children,
        ReadOnlySpan<double> weights,
        double weightSum,
        Span<double> destination)
    {
        var width = Vector<double>.Count;
        ref var firstRef = ref MemoryMarshal.GetReference(first);
        ref var secondRef = ref MemoryMarshal.GetReference(second);
        ref var destinationRef = ref MemoryMarshal.GetReference(destination);
        if (n < width)
        {
            var positive = true;
            var finite = true;
            for (var unit = 0; unit < n; unit++)
            {
                double sum = 0;
                foreach (var c in children)
                {
                    var w = weights[c];
                    if (w != 0)
                    {
                        var x = c < split ? Unsafe.Add(ref firstRef, (c * n) + unit) : Unsafe.Add(ref secondRef, ((c - split) * n) + unit);
                        sum = Multiply(x, w, sum);
                    }
                }

                var mean = sum / weightSum;
                Unsafe.Add(ref destinationRef, unit) = mean;
                positive &= mean > 0;
                finite &= double.IsFinite(mean);
            }

            return new ValueFacts(positive, finite);
        }

        // Four vectors of units at a time (four independent running sums hide the latency of the additions), then one
        // at a time; the last vector overlaps the one before when n is not a multiple of the width (same values twice).
        var divisor = new Vector<double>(weightSum);
        var infinity = new Vector<double>(double.PositiveInfinity);
        var above = Vector<long>.AllBitsSet;
        var bounded = Vector<long>.AllBitsSet;
        var i = 0;
        for (; i <= n - (4 * width); i += 4 * width)
        {
            Vector<double> s0 = Vector<double>.Zero, s1 = Vector<double>.Zero, s2 = Vector<double>.Zero, s3 = Vector<double>.Zero;
            foreach (var c in children)
            {
                var w = weights[c];
                if (w != 0)
                {
                    ref var column = ref c < split ? ref Unsafe.Add(ref firstRef, (c * n) + i) : ref Unsafe.Add(ref secondRef, ((c - split) * n) + i);
                    var weight = new Vector<double>(w);
                    s0 = Multiply(Vector.LoadUnsafe(ref column), weight, s0);
                    s1 = Multiply(Vector.LoadUnsafe(ref column, (nuint)width), weight, s1);
                    s2 = Multiply(Vector.LoadUnsafe(ref column, (nuint)(2 * width)), weight, s2);
                    s3 = Multiply(Vector.LoadUnsafe(ref column, (nuint)(3 * width)), weight, s3);
                }
            }

            ref var d = ref Unsafe.Add(ref destinationRef, i);
            var m0 = s0 / divisor;
            var m1 = s1 / divisor;
            var m2 = s2 / divisor;
            var m3 = s3 / divisor;
            m0.StoreUnsafe(ref d);
            m1.StoreUnsafe(ref d, (nuint)width);
            m2.StoreUnsafe(ref d, (nuint)(2 * width));
            m3.StoreUnsafe(ref d, (nuint)(3 * width));
            above &= Vector.GreaterThan(m0, Vector<double>.Zero) & Vector.GreaterThan(m1, Vector<double>.Zero)
                & Vector.GreaterThan(m2, Vector<double>.Zero) & Vector.GreaterThan(m3, Vector<double>.Zero);
            bounded &= Vector.LessThan(Vector.Abs(m0), infinity) & Vector.LessThan(Vector.Abs(m1), infinity)
                & Vector.LessThan(Vector.Abs(m2), infinity) & Vector.LessThan(Vector.Abs(m3), infinity);
        }

        while (i < n)
        {
            var at = Math.Min(i, n - width);
            var sum = Vector<double>.Zero;
            foreach (var c in children)
            {
                var w = weights[c];
                if (w != 0)
                {
                    ref var column = ref c < split ? ref Unsafe.Add(ref firstRef, (c * n) + at) : ref Unsafe.Add(ref secondRef, ((c - split) * n) + at);
                    sum = Multiply(Vector.LoadUnsafe(ref column), new Vector<double>(w), sum);
                }
            }

            var mean = sum / divisor;
            mean.StoreUnsafe(ref destinationRef, (nuint)at);
            above &= Vector.GreaterThan(mean, Vector<double>.Zero);
            bounded &= Vector.LessThan(Vector.Abs(mean), infinity);
            i = at + width;
        }

        return new ValueFacts(above == Vector<long>.AllBitsSet, bounded == Vector<long>.AllBitsSet);
    }

#if NET9_0_OR_GREATER
    /// <summary>
    /// Natural logs of <paramref name="values"/> into <paramref name="destination"/> (same length or longer), with the
    /// vectorised logarithm <c>TensorPrimitives.Log</c> uses, in this fully optimised loop: a short process then does not
    /// run it unoptimised while the tiered JIT warms up.
    /// </summary>
    public static void LogInto(ReadOnlySpan<double> values, Span<double> destination) => Map(values, destination, exponential: false);

    /// <summary>
    /// Exponentials of <paramref name="values"/> into <paramref name="destination"/> with the vectorised exponential of
    /// <c>System.Numerics.Vector</c> (fewer values than one vector go through <c>TensorPrimitives.Exp</c>), in this fully
    /// optimised loop (see <see cref="LogInto"/>). No 512-bit path: it measured faster in a warm loop but slower as a
    /// whole process, which is what users run.
    /// </summary>
    /// <returns>The facts <see cref="AllPositive"/> gives about the exponentials written, found while writing them.</returns>
    public static ValueFacts ExpInto(ReadOnlySpan<double> values, Span<double> destination) => Map(values, destination, exponential: true);

    /// <summary>Logs or exponentials of the values into the destination; returns the facts about the results written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ValueFacts Map(ReadOnlySpan<double> values, Span<double> destination, bool exponential)
    {
        var width = Vector<double>.Count;
        var n = values.Length;
        if (n < width)
        {
            if (exponential)
            {
                System.Numerics.Tensors.TensorPrimitives.Exp(values, destination);
            }
            else
            {
                System.Numerics.Tensors.TensorPrimitives.Log(values, destination);
            }

            var allPositive = AllPositive(destination[..n], out var allFinite);
            return new ValueFacts(allPositive, allFinite);
        }

        ref var source = ref MemoryMarshal.GetReference(values);
        ref var target = ref MemoryMarshal.GetReference(destination);
        var infinity = new Vector<double>(double.PositiveInfinity);
        var positive = Vector<long>.AllBitsSet;
        var finite = Vector<long>.AllBitsSet;
        for (var i = 0; ; i += width)
        {
            // The last vector overlaps the one before when n is not a multiple of the width (source and destination differ).
            var at = Math.Min(i, n - width);
            var x = Vector.LoadUnsafe(ref source, (nuint)at);
            var y = exponential ? Vector.Exp(x) : Vector.Log(x);
            y.StoreUnsafe(ref target, (nuint)at);
            positive &= Vector.GreaterThan(y, Vector<double>.Zero);
            finite &= Vector.LessThan(Vector.Abs(y), infinity);
            if (at == n - width)
            {
                return new ValueFacts(positive == Vector<long>.AllBitsSet, finite == Vector<long>.AllBitsSet);
            }
        }
    }
#endif

    /// <summary>The largest magnitude of a log whose exponential is surely a finite number above 0 (e^±700 ≈ 10^±304).</summary>
    public const double ExpSafeLimit = 700;

    /// <summary>
    /// True when every value lies in [−<see cref="ExpSafeLimit"/>, <see cref="ExpSafeLimit"/>], so its exponential is
    /// a finite (normal) number above 0; false when one is outside or NaN. True for no values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool WithinExpRange(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        ref var start = ref MemoryMarshal.GetReference(values);
        var width = Vector<double>.Count;
        if (n >= width)
        {
            var limit = new Vector<double>(ExpSafeLimit);
            var inside = Vector<long>.AllBitsSet;
            for (var i = 0; i < n; i += width)
            {
                // The last vector overlaps the one before when n is not a multiple of the width; NaN compares false.
                inside &= Vector.LessThanOrEqual(Vector.Abs(Vector.LoadUnsafe(ref start, (nuint)Math.Min(i, n - width))), limit);
            }

            return inside == Vector<long>.AllBitsSet;
        }

        for (var i = 0; i < n; i++)
        {
            if (!(Math.Abs(Unsafe.Add(ref start, i)) <= ExpSafeLimit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// In one pass: true when every value is greater than 0 (false for NaN; true for no values), and in
    /// <paramref name="allFinite"/> whether no value is NaN or infinite.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AllPositive(ReadOnlySpan<double> values, out bool allFinite)
    {
        var n = values.Length;
        ref var start = ref MemoryMarshal.GetReference(values);
        var width = Vector<double>.Count;
        if (n >= width)
        {
            var infinity = new Vector<double>(double.PositiveInfinity);
            var positive = Vector<long>.AllBitsSet;
            var finite = Vector<long>.AllBitsSet;
            for (var i = 0; i < n; i += width)
            {
                // The last vector overlaps the one before when n is not a multiple of the width.
                var v = Vector.LoadUnsafe(ref start, (nuint)Math.Min(i, n - width));
                positive &= Vector.GreaterThan(v, Vector<double>.Zero);
                finite &= Vector.LessThan(Vector.Abs(v), infinity);
            }

            allFinite = finite == Vector<long>.AllBitsSet;
            return positive == Vector<long>.AllBitsSet;
        }

        var allPositive = true;
        allFinite = true;
        for (var i = 0; i < n; i++)
        {
            var v = Unsafe.Add(ref start, i);
            allPositive &= v > 0;
            allFinite &= double.IsFinite(v);
        }

        return allPositive;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Multiply(double x, double w, double sum) => (x * w) + sum;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Multiply(Vector<double> x, Vector<double> w, Vector<double> sum) => (x * w) + sum;
}
