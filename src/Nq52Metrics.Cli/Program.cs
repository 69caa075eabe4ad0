using Nq52Metrics.Cli;

using var stop = StopSignals.Listen();
var app = new CliApp(Console.Out, Console.Error, Environment.GetEnvironmentVariable, outputIsTerminal: !Console.IsOutputRedirected, stop);
return app.Run(args);
