using System.Runtime.CompilerServices;
namespace Nq52Metrics.Uncertainty;

/// <summary>
/// Counter-based random numbers: every (seed, stream, run, dimension) gives its own uniform draw, computed by hashing
/// with SplitMix64. Runs therefore need no shared generator and give identical results whatever the thread count.
/// </summary>
internal static class RunRandom
{
    public const ulong StreamA = 0xA1;
    public const ulong StreamB = 0xB2;
    public const ulong StreamWeights = 0xC3;
    public const ulong StreamBootstrap = 0xD4;
    public const ulong StreamShift = 0xE5;

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Uniform(ulong seed, ulong stream, long run, int dimension) =>
        (Bits(seed, stream, run, dimension) >> 11) * (1.0 / (1UL << 53));

    /// <summary>64 random bits for the given coordinates.</summary>
    public static ulong Bits(ulong seed, ulong stream, long run, int dimension)
    {
        var x = Mix(seed ^ Mix(stream + 0x9E3779B97F4A7C15UL));
        x = Mix(x ^ (ulong)run);
        return Mix(x ^ ((ulong)(uint)dimension << 32) ^ 0xD1B54A32D192ED03UL);
    }

    /// <summary>Advances a SplitMix64 state and returns the next 64 random bits (a fast sequential stream).</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
