using System.Text;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes several text files into a folder all or nothing (internal helper), creating the folder if needed: every file
/// goes to a hidden temporary file in the folder, and the temporary files are moved into place only once all of them
/// are complete; on failure or cancellation they are deleted, the folder's files are left as they were, and a folder
/// created by this call is removed. Text is UTF-8 without a byte-order mark.
/// </summary>
internal static class AtomicFolder
{
    /// <summary>Writes the files, in order.</summary>
    /// <param name="folder">The destination folder.</param>
    /// <param name="files">Each file's name and the action writing its whole content.</param>
    /// <returns>The paths written, in order.</returns>
    /// <exception cref="Nq52ValidationException">The folder is a file or cannot be created, or a file cannot be written.</exception>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string Name, Action<TextWriter> Write)> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var created = CreateFolder(folder);
        var written = new List<(string Temporary, string Destination)>();
        var current = folder;
        try
        {
            foreach (var (name, write) in files)
            {
                current = Path.Combine(folder, name);
                var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                written.Add((temporary, current));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
                {
                    write(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            foreach (var (temporary, destination) in written)
            {
                current = destination;
                File.Move(temporary, destination, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CleanUp(written, created ? folder : null);
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(current), nameof(Messages.WriteFileFailed), e.Message)]);
        }
        catch
        {
            CleanUp(written, created ? folder : null);
            throw;
        }

        return [.. written.Select(w => w.Destination)];
    }

    /// <summary>Creates the folder if needed; returns whether it was created.</summary>
    private static bool CreateFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(folder), nameof(Messages.WriteFolderIsFile))]);
        }

        if (Directory.Exists(folder))
        {
            return false;
        }

        try
        {
            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(folder), nameof(Messages.WriteFolderFailed), e.Message)]);
        }
    }

    /// <summary>Deletes the temporary files, then the folder if this call created it and it is empty.</summary>
    private static void CleanUp(List<(string Temporary, string Destination)> files, string? createdFolder)
    {
        foreach (var (temporary, _) in files)
        {
            TryRemove(() => File.Delete(temporary));
        }

        if (createdFolder is not null)
        {
            TryRemove(() => Directory.Delete(createdFolder, recursive: false));
        }
    }

    private static void TryRemove(Action remove)
    {
        try
        {
            remove();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not removable (e.g. the folder became read-only, or holds other files); the original error matters more.
        }
    }
}
