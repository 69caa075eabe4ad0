namespace Nq52Metrics.Tests.Serialization;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "nq52-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The full path of a file in the folder (not created).</summary>
    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Writes a UTF-8 text file and returns its full path.</summary>
    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The names of every file in the folder, hidden ones included, sorted.</summary>
    public IReadOnlyList<string> FileNames() =>
        Directory.GetFiles(Root).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder does not affect other tests.
        }
    }
}
