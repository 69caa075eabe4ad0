using BenchmarkDotNet.Running;

namespace Nq52Metrics.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher over every benchmark class of this assembly.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the command-line arguments (e.g. <c>--filter '*Build*' --job short</c>).</summary>
    /// <param name="args">BenchmarkDotNet command-line arguments.</param>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
