namespace Nq52Metrics.Cli;

/// <summary>
/// Refuses an output that would overwrite an input: <c>--out</c> naming the data, framework, method, weights or spec
/// file of the same command (or, for a folder, an input lying among the files the command writes into it). Paths are
/// compared after resolving them fully, symbolic links included (of the file and of every folder above it), so two
/// spellings of one file are one file.
/// </summary>
internal static class OutputPaths
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Throws when <paramref name="output"/> is one of the input files.</summary>
    /// <param name="output">The file <c>--out</c> names, or null when not given.</param>
    /// <param name="inputs">The input files by option (<c>--data</c> → path); null paths (defaults) are skipped.</param>
    /// <exception cref="Nq52ValidationException">The output is an input (location <c>--out</c>, naming the option).</exception>
    public static void EnsureNotAnInput(string? output, IEnumerable<(string Option, string? Path)> inputs)
    {
        if (output is not null)
        {
            EnsureNoneIsAnInput([output], output, inputs);
        }
    }

    /// <summary>Throws when a file the command would write into <paramref name="folder"/> is one of the input files.</summary>
    /// <param name="folder">The folder <c>--out</c> names, or null when not given.</param>
    /// <param name="fileNames">The names of the files the command writes into the folder.</param>
    /// <param name="inputs">The input files by option; null paths (defaults) are skipped.</param>
    /// <exception cref="Nq52ValidationException">An input would be replaced (location <c>--out</c>, naming the option).</exception>
    public static void EnsureFolderKeepsInputs(string? folder, IEnumerable<string> fileNames, IEnumerable<(string Option, string? Path)> inputs)
    {
        if (folder is not null)
        {
            EnsureNoneIsAnInput(fileNames.Select(name => Path.Combine(folder, name)), folder, inputs);
        }
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved (the file's own and its folders'), for comparing two paths.
    /// Parts that do not exist yet are kept as written.
    /// </summary>
    /// <param name="path">A path, relative to the current folder or absolute.</param>
    /// <returns>The resolved absolute path.</returns>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            resolved = info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? Resolve(target.FullName)
                : next;
        }

        return resolved;
    }

    private static void EnsureNoneIsAnInput(IEnumerable<string> outputs, string given, IEnumerable<(string Option, string? Path)> inputs)
    {
        var written = outputs.Select(Resolve).ToList();
        var problems = new List<ValidationProblem>();
        foreach (var (option, path) in inputs)
        {
            if (path is not null && written.Contains(Resolve(path), StringComparer.FromComparison(PathComparison)))
            {
                problems.Add(new ValidationProblem(
                    "--out",
                    PiiText.Format(CliTexts.OutWouldOverwriteInput, given, option, path)));
            }
        }

        if (problems.Count > 0)
        {
            throw new Nq52ValidationException(problems);
        }
    }
}
