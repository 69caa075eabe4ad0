namespace Nq52Metrics.Tests;

/// <summary>How <see cref="Nq52ValidationException"/> carries and formats its problems.</summary>
public sealed class ValidationExceptionTests
{
    [Fact]
    public void A_single_problem_is_the_message()
    {
        var exception = new Nq52ValidationException("node \"A\"", "it is wrong.");

        Assert.Equal("node \"A\": it is wrong.", exception.Message);
        Assert.Equal([new ValidationProblem("node \"A\"", "it is wrong.")], exception.Problems);
    }

    [Fact]
    public void Several_problems_are_counted_and_listed_in_order()
    {
        var exception = new Nq52ValidationException([new ValidationProblem("a", "one."), new ValidationProblem("b", "two.")]);

        Assert.Equal($"2 problems:{Environment.NewLine}a: one.{Environment.NewLine}b: two.", exception.Message);
        Assert.Equal(["a", "b"], exception.Problems.Select(p => p.Location));
    }

    [Fact]
    public void An_exception_without_problems_cannot_be_made() =>
        Assert.Throws<ArgumentException>(() => new Nq52ValidationException([]));
}
