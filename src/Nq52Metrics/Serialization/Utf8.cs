using System.Text;

namespace Nq52Metrics.Serialization;

/// <summary>UTF-8 text at the file boundary (internal): a leading byte-order mark is dropped.</summary>
internal static class Utf8
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The text of UTF-8 bytes, without a leading byte-order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes.StartsWith(Bom) ? bytes[3..] : bytes);

    /// <summary>The UTF-8 bytes of a text, without a leading byte-order mark.</summary>
    public static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);
}
