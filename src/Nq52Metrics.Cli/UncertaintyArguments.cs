namespace Nq52Metrics.Cli;

/// <summary>The values of an <c>nq52 uncertainty</c> command line.</summary>
/// <param name="Inputs">The framework, data, method and weights files.</param>
/// <param name="Spec">The spec file.</param>
/// <param name="Out">The folder for the CSV files, or an .xlsx workbook, if any.</param>
/// <param name="Plot">The folder of --plot for the charts, if any.</param>
/// <param name="Top">How many units to print, if limited.</param>
internal sealed record UncertaintyArguments(InputPaths Inputs, string Spec, string? Out, int? Top, string? Plot = null);
