using Nq52Metrics.Cli;

var app = new CliApp(Console.Out, Console.Error, Environment.GetEnvironmentVariable, outputIsTerminal: !Console.IsOutputRedirected);
return app.Run(args);
