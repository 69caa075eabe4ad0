using System.Text;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Serialization;

/// <summary>UTF-8 text at the file boundary (internal): a leading byte-order mark is dropped.</summary>
internal static class Utf8
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The text of UTF-8 bytes, without a leading byte-order mark; a byte sequence UTF-8 does not allow (a file saved
    /// in a legacy code page such as Windows-1258 or Latin-1) is a problem at its line, never a silent replacement
    /// character.
    /// </summary>
    public static Outcome<string> Decode(ReadOnlySpan<byte> bytes, string source)
    {
        var body = bytes.StartsWith(Bom) ? bytes[3..] : bytes;
        if (System.Text.Unicode.Utf8.IsValid(body))
        {
            return Outcome<string>.Success(Encoding.UTF8.GetString(body));
        }

        var scratch = new char[body.Length];
        System.Text.Unicode.Utf8.ToUtf16(body, scratch, out var valid, out _, replaceInvalidSequences: false);
        var line = body[..valid].Count((byte)'\n') + 1;
        var where = ProblemLocation.InFile(source, line);
        return Outcome<string>.Failure([ProblemMessages.Problem(where, nameof(Messages.FileNotUtf8), body[valid].ToString("X2", System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>The UTF-8 bytes of a text, without a leading byte-order mark.</summary>
    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
}
