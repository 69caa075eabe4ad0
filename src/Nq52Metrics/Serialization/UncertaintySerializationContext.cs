using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of the uncertainty spec file, with the settings of
/// <see cref="SerializationContext"/>: camelCase names, unknown properties rejected, indented output, absent optional
/// values not written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(UncertaintySpecDocument))]
[JsonSerializable(typeof(ulong))]
internal sealed partial class UncertaintySerializationContext : JsonSerializerContext
{
    /// <summary>The context used for writing: same settings, non-ASCII letters written as they are.</summary>
    public static UncertaintySerializationContext Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
