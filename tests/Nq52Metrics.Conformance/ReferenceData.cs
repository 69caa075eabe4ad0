namespace Nq52Metrics.Conformance;

/// <summary>
/// Finds the COINr reference folder (<c>shared/reference/coinr-asem</c>, kept outside the repository, beside it).
/// The environment variable <see cref="EnvironmentVariable"/> overrides the search; otherwise every ancestor of
/// the test binaries' folder is asked whether it holds <c>shared/reference/coinr-asem</c>. When the folder cannot
/// be found the calling test fails on CI (environment variable <c>CI</c> = <c>true</c>) and is skipped elsewhere.
/// </summary>
public static class ReferenceData
{
    /// <summary>Name of the environment variable that points straight at the coinr-asem folder.</summary>
    public const string EnvironmentVariable = "NQ52_COINR_REFERENCE";

    private static readonly string[] RelativeLocation = ["shared", "reference", "coinr-asem"];

    private static readonly Lazy<(string? Folder, string Explanation)> Located = new(Locate);

    /// <summary>
    /// The reference folder. Fails the test when the override points nowhere or when the folder is missing on CI;
    /// skips the test when the folder is missing elsewhere.
    /// </summary>
    public static string Folder
    {
        get
        {
            var (folder, explanation) = Located.Value;
            if (folder is not null)
            {
                return folder;
            }

            var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            if (onCi || Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 })
            {
                Assert.Fail(explanation);
            }

            Testing.ExplainedSkip.Now(explanation);
            return "";
        }
    }

    /// <summary>The full path of a file inside the reference folder, e.g. <c>Path("pipeline", "01_raw.csv")</c>.</summary>
    /// <param name="parts">Path segments below the reference folder.</param>
    /// <returns>The full path (the test fails when the file does not exist).</returns>
    public static string PathOf(params string[] parts)
    {
        var path = System.IO.Path.Combine([Folder, .. parts]);
        Assert.True(File.Exists(path), $"The COINr reference file {string.Join('/', parts)} is missing from {Folder}.");
        return path;
    }

    private static (string? Folder, string Explanation) Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(overridden))
        {
            return LooksLikeReference(overridden)
                ? (System.IO.Path.GetFullPath(overridden), "")
                : (null, $"{EnvironmentVariable} is set to \"{overridden}\", which is not a COINr reference folder (expected data/ASEM_iMeta.csv and pipeline/ inside it).");
        }

        var searched = new List<string>();
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine([directory.FullName, .. RelativeLocation]);
            searched.Add(candidate);
            if (LooksLikeReference(candidate))
            {
                return (candidate, "");
            }
        }

        return (null,
            "The COINr reference data (shared/reference/coinr-asem) were not found beside any ancestor of "
            + $"{AppContext.BaseDirectory}; set {EnvironmentVariable} to the coinr-asem folder. Searched: "
            + string.Join(", ", searched));
    }

    private static bool LooksLikeReference(string folder) =>
        File.Exists(System.IO.Path.Combine(folder, "data", "ASEM_iMeta.csv"))
        && Directory.Exists(System.IO.Path.Combine(folder, "pipeline"));
}
