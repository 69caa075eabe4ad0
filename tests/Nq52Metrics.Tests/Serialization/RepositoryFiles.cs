namespace Nq52Metrics.Tests.Serialization;

/// <summary>Finds files of the repository (docs, schemas) from the test binaries' folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Nq52Metrics.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Nq52Metrics.sln.");
    });

    /// <summary>The text of a repository file, e.g. <c>ReadText("docs", "formats.md")</c>.</summary>
    public static string ReadText(params string[] parts) => File.ReadAllText(Path.Combine([Root.Value, .. parts]));
}
