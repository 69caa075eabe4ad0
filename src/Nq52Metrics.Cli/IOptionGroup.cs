using System.CommandLine;

namespace Nq52Metrics.Cli;

/// <summary>
/// Options that commands take together, such as the input files (<see cref="InputOptions"/>,
/// <see cref="PiiInputOptions"/>). A command's collection initializer can hold the group like any option:
/// <c>new Command(name, description) { inputs, top }</c> adds the group's options in order, then <c>top</c>.
/// </summary>
internal interface IOptionGroup
{
    /// <summary>Adds the options of the group to a command, in the order its help lists them.</summary>
    /// <param name="command">The command.</param>
    void AddTo(Command command);
}

/// <summary>Lets a <see cref="Command"/> collection initializer hold an <see cref="IOptionGroup"/>.</summary>
internal static class OptionGroupExtensions
{
    /// <summary>Adds the options of <paramref name="group"/> to <paramref name="command"/>, in order.</summary>
    /// <param name="command">The command.</param>
    /// <param name="group">The options.</param>
    public static void Add(this Command command, IOptionGroup group) => group.AddTo(command);
}
