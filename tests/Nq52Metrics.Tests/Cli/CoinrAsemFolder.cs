namespace Nq52Metrics.Tests.Cli;

/// <summary>
/// Finds COINr's ASEM example files (the shared reference folder <c>shared/reference/coinr-asem</c>, kept outside
/// the repository). The environment variable <c>NQ52_COINR_REFERENCE</c> points straight at the folder; otherwise
/// every ancestor of the test binaries' folder is asked whether it holds <c>shared/reference/coinr-asem</c>.
/// Missing files skip the calling test, except on CI (<c>CI=true</c>), where they fail it.
/// </summary>
internal static class CoinrAsemFolder
{
    public const string EnvironmentVariable = "NQ52_COINR_REFERENCE";

    /// <summary>The full path of a file of the folder's <c>data</c> subfolder.</summary>
    public static string DataFile(string name)
    {
        var folder = Locate();
        var path = folder is null ? null : Path.Combine(folder, "data", name);
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        var explanation = $"The COINr reference file data/{name} was not found (set {EnvironmentVariable} to the coinr-asem folder).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(explanation);
        }

        Testing.ExplainedSkip.Now(explanation);
        return "";
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } overridden)
        {
            return overridden;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference", "coinr-asem");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
