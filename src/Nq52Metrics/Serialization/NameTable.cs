namespace Nq52Metrics.Serialization;

/// <summary>
/// The names a file uses for the values of one setting (e.g. <c>minMax</c>, <c>zScore</c>), matched exactly
/// (case-sensitive). An unknown name gets a message listing the valid ones, and a suggestion when it differs from
/// one of them only by case.
/// </summary>
/// <typeparam name="T">The value type (an enum or a name for a family of values).</typeparam>
internal sealed class NameTable<T>
    where T : notnull
{
    private readonly (string Name, T Value)[] _entries;

    public NameTable(params (string Name, T Value)[] entries)
    {
        _entries = entries;
    }

    /// <summary>The valid names, comma separated, in the documented order.</summary>
    public string Choices => string.Join(", ", _entries.Select(e => e.Name));

    /// <summary>Looks a name up.</summary>
    public bool TryParse(string name, out T value)
    {
        foreach (var (entryName, entryValue) in _entries)
        {
            if (string.Equals(entryName, name, StringComparison.Ordinal))
            {
                value = entryValue;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The name of a value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has no name (e.g. an undefined enum value).</exception>
    public string NameOf(T value)
    {
        foreach (var (name, entryValue) in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entryValue, value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "This value has no name in the file format.");
    }

    /// <summary>The message for an unknown name: <c>"minmax" is not one of minMax, zScore, …; did you mean "minMax"?</c>.</summary>
    public string Unknown(string name) => NameTable.Unknown(name, _entries.Select(e => e.Name));
}

/// <summary>The message for a name that is not one of a list (shared by <see cref="NameTable{T}"/> and the schema check).</summary>
internal static class NameTable
{
    /// <summary><c>"minmax" is not one of minMax, zScore, …; did you mean "minMax"?</c> (the name cut to 80 characters).</summary>
    public static string Unknown(string name, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        var close = list.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        var message = $"{ProblemText.Quote(name)} is not one of {string.Join(", ", list)}";
        return close is null ? message + "." : $"{message}; did you mean \"{close}\"?";
    }

    /// <summary>
    /// The translated message for a name that is not one of a list, as a key of <see cref="Localization.Messages"/>
    /// and its arguments: the name (quoted, cut to 80 characters), the choices, and a suggestion when the name
    /// differs from one of them only by case.
    /// </summary>
    public static (string Key, object[] Arguments) UnknownMessage(string name, IEnumerable<string> choices)
    {
        var list = choices.ToList();
        var close = list.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return close is null
            ? (nameof(Localization.Messages.SchemaNotOneOf), [ProblemText.Quote(name), string.Join(", ", list)])
            : (nameof(Localization.Messages.SchemaNotOneOfSuggestion), [ProblemText.Quote(name), string.Join(", ", list), $"\"{close}\""]);
    }
}
