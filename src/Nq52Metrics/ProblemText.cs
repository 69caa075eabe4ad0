namespace Nq52Metrics;

/// <summary>How problem messages quote values from the input (internal): never more than <see cref="MaxQuoted"/> characters.</summary>
internal static class ProblemText
{
    /// <summary>The most characters of an offending value a message quotes; a longer value is cut and ends with "…".</summary>
    public const int MaxQuoted = 80;

    /// <summary>The value cut to <see cref="MaxQuoted"/> characters (the last one an ellipsis when cut).</summary>
    public static string Cut(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= MaxQuoted)
        {
            return value;
        }

        var end = MaxQuoted - 1;
        if (char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }

        return string.Concat(value.AsSpan(0, end), "…");
    }

    /// <summary>The value in double quotes, cut as <see cref="Cut"/> does: <c>"n/a"</c>.</summary>
    public static string Quote(string value) => $"\"{Cut(value)}\"";
}
