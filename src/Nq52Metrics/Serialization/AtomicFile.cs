using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Writes a file all or nothing: the content goes to a hidden temporary file in the same folder, which is moved
/// over the destination only once it is complete. If writing fails or is cancelled, the temporary file is deleted and
/// the destination is left as it was (absent, or its previous content).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>.</summary>
    /// <param name="path">The destination file; its folder must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="cancellationToken">
    /// Checked before the temporary file is created and again before it is moved into place; <paramref name="write"/>
    /// may also throw <see cref="OperationCanceledException"/>. Either way nothing is left behind.
    /// </param>
    /// <exception cref="Nq52ValidationException">The folder does not exist, or the file cannot be written or replaced.</exception>
    /// <exception cref="OperationCanceledException">Writing was cancelled; the destination is unchanged.</exception>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var destination = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(destination) ?? destination;
        if (!Directory.Exists(folder))
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(path), nameof(Messages.WriteFolderDoesNotExist), folder)]);
        }

        if (Directory.Exists(destination))
        {
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(path), nameof(Messages.WriteTargetIsFolder))]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, destination, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new Nq52ValidationException([ProblemMessages.Problem(ProblemLocation.OfParameter(path), nameof(Messages.WriteFileFailed), e.Message)]);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file could not be removed (e.g. the folder became read-only); the original error matters more.
        }
    }
}
