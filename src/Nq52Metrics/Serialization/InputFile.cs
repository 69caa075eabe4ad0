using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// Reads an input file as text (internal): a missing file, a folder given as a file, a file over
/// <see cref="MaxBytes"/> and an unreadable file are problems located at the path as given, not exceptions.
/// </summary>
internal static class InputFile
{
    /// <summary>The largest input file read: 16 MiB (16,777,216 bytes).</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>The file's text, which must be UTF-8 (a byte-order mark is removed).</summary>
    public static Outcome<string> ReadText(string path) => ReadBytes(path).Then(bytes => Utf8.Decode(bytes, path));

    /// <summary>The file's bytes, checked against <see cref="MaxBytes"/> before any is read.</summary>
    public static Outcome<byte[]> ReadBytes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var where = ProblemLocation.InFile(path);
        if (Directory.Exists(path))
        {
            return Outcome<byte[]>.Failure([ProblemMessages.Problem(where, nameof(Messages.FileIsDirectory))]);
        }

        if (!File.Exists(path))
        {
            return Outcome<byte[]>.Failure([ProblemMessages.Problem(where, nameof(Messages.FileDoesNotExist))]);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (!stream.CanSeek)
            {
                return ReadUnseekable(stream, where);
            }

            if (stream.Length > MaxBytes)
            {
                return Outcome<byte[]>.Failure([TooLarge(where, stream.Length)]);
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return Outcome<byte[]>.Success(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome<byte[]>.Failure([ProblemMessages.Problem(where, nameof(Messages.FileCannotBeRead), e.Message)]);
        }
    }

    /// <summary>
    /// A pipe or a process substitution (<c>&lt;(…)</c>) has no length: read at most <see cref="MaxBytes"/> + 1 bytes,
    /// so an endless stream is refused as too large instead of filling the memory.
    /// </summary>
    private static Outcome<byte[]> ReadUnseekable(Stream stream, ProblemLocation where)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return Outcome<byte[]>.Failure([TooLarge(where, buffer.Length)]);
            }
        }

        return Outcome<byte[]>.Success(buffer.ToArray());
    }

    /// <summary>The problem of an input of <paramref name="bytes"/> bytes, over <see cref="MaxBytes"/>.</summary>
    public static ValidationProblem TooLarge(ProblemLocation where, long bytes) =>
        ProblemMessages.Problem(where, nameof(Messages.FileTooLarge), bytes, MaxBytes);
}
