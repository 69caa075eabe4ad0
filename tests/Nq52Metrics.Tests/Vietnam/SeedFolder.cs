using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Vietnam;

/// <summary>The repository's seed folders, and throw-away copies of <c>seeds/vietnam</c> to break on purpose.</summary>
internal static class SeedFolder
{
    /// <summary>The repository root: the nearest ancestor of the test binaries holding <c>seeds/vietnam/provinces.csv</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "vietnam", "provinces.csv")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository's seeds folder was not found above the test binaries.");
    }

    public static string Vietnam => Path.Combine(RepositoryRoot(), "seeds", "vietnam");

    public static string Pii => Path.Combine(RepositoryRoot(), "seeds", "pii");

    /// <summary>Copies seeds/vietnam to a new temporary folder, applies an edit to one file, and loads it.</summary>
    public static Nq52ValidationException LoadBroken(string file, Func<string, string> edit)
    {
        var folder = Copy();
        try
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                File.WriteAllText(path, edit(File.ReadAllText(path)));
            }

            return Assert.Throws<Nq52ValidationException>(() => VietnamSeeds.LoadDirectory(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Copies seeds/vietnam to a new temporary folder without one file, and loads it.</summary>
    public static Nq52ValidationException LoadWithout(string file)
    {
        var folder = Copy();
        try
        {
            File.Delete(Path.Combine(folder, file));
            return Assert.Throws<Nq52ValidationException>(() => VietnamSeeds.LoadDirectory(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Copy()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nq52-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Vietnam, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
