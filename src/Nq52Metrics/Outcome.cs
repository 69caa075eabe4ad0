using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Nq52Metrics;

/// <summary>
/// A value or the problems that prevented it (internal): readers and steps return one, so they compose without
/// throwing; the public entry point calls <see cref="GetValueOrThrow"/> once.
/// </summary>
internal sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, ImmutableArray<ValidationProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    /// <summary>The problems; empty when there is a value.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    /// <summary>True when there is a value (and no problem).</summary>
    public bool Succeeded => Problems.IsEmpty;

    public static Outcome<T> Success(T value) => new(value, []);

    /// <summary>A failure; <paramref name="problems"/> must not be empty.</summary>
    public static Outcome<T> Failure(IEnumerable<ValidationProblem> problems)
    {
        var list = problems.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException("A failed outcome needs at least one problem.", nameof(problems));
        }

        return new Outcome<T>(default, list);
    }

    public static Outcome<T> Failure(ProblemLocation where, string message) => Failure([new ValidationProblem(where, message)]);

    /// <summary>The value, when there is one.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Succeeded;
    }

    /// <summary>The value when there is one, and the problems: the shape of the public <c>Try…</c> methods.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, out ImmutableArray<ValidationProblem> problems)
    {
        problems = Problems;
        return TryGetValue(out value);
    }

    /// <summary>The value, or one <see cref="Nq52ValidationException"/> with every problem.</summary>
    /// <exception cref="Nq52ValidationException">There are problems.</exception>
    public T GetValueOrThrow() => Succeeded ? _value! : throw new Nq52ValidationException(Problems);

    /// <summary>Applies a next step to the value; problems pass through.</summary>
    public Outcome<TNext> Then<TNext>(Func<T, Outcome<TNext>> next) => Succeeded ? next(_value!) : Outcome<TNext>.Failure(Problems);

    /// <summary>Every problem read from <paramref name="source"/> (see <see cref="ProblemLocation.From"/>).</summary>
    public Outcome<T> From(string source) => Succeeded ? this : new Outcome<T>(default, [.. Problems.Select(p => p.From(source))]);
}
