using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nq52Metrics.Serialization;

/// <summary>
/// The source-generated System.Text.Json metadata of every JSON file the library reads or writes: camelCase
/// names, unknown properties rejected, indented output, absent optional values not written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(FrameworkDocument))]
[JsonSerializable(typeof(MethodDocument))]
[JsonSerializable(typeof(DenominateDocument))]
[JsonSerializable(typeof(AggregationMethodDocument))]
[JsonSerializable(typeof(ResultDocument))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(UncertaintySpecDocument))]
[JsonSerializable(typeof(ulong))]
internal sealed partial class SerializationContext : JsonSerializerContext
{
    /// <summary>
    /// The context used for writing: same settings, but non-ASCII letters (unit and indicator names) are written as
    /// they are instead of as <c>\u00E9</c>-style escapes, so files stay readable. Quotes and control characters are
    /// still escaped.
    /// </summary>
    public static SerializationContext Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
