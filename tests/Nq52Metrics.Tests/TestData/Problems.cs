namespace Nq52Metrics.Tests.TestData;

/// <summary>Assertions on the problems a <see cref="Nq52ValidationException"/> carries.</summary>
internal static class Problems
{
    /// <summary>Asserts that some problem has exactly this location and a message containing the fragment.</summary>
    public static void AssertHas(Nq52ValidationException exception, string location, string messageFragment)
    {
        var match = exception.Problems.Any(p =>
            p.Location == location && p.Message.Contains(messageFragment, StringComparison.Ordinal));
        Assert.True(match, $"No problem at {location} mentioning \"{messageFragment}\". Problems:{Environment.NewLine}{exception.Message}");
    }

    /// <summary>Runs the action, asserts it throws a validation exception, and returns it.</summary>
    public static Nq52ValidationException Thrown(Action action) => Assert.Throws<Nq52ValidationException>(action);

    /// <summary>Asserts the action throws exactly one problem at the location, mentioning the fragment.</summary>
    public static Nq52ValidationException AssertSingle(Action action, string location, string messageFragment)
    {
        var exception = Thrown(action);
        Assert.True(exception.Problems.Length == 1, $"Expected one problem, got:{Environment.NewLine}{exception.Message}");
        AssertHas(exception, location, messageFragment);
        return exception;
    }
}
