using System.Diagnostics;

namespace Nq52Metrics.Tests.Charts;

/// <summary>
/// Runs Debian's <c>chromium</c> headless (<c>--dump-dom</c>, <c>--screenshot</c>) with a fresh profile folder per run.
/// The browser is <c>NQ52_CHROMIUM</c> when set, else the first of the usual install paths. When none is found the
/// calling test is skipped with the reason, except on CI (<c>CI=true</c>), where it fails.
/// </summary>
internal static class HeadlessChromium
{
    public const string EnvironmentVariable = "NQ52_CHROMIUM";

    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>The browser's path, or skips (fails on CI) with the reason.</summary>
    public static string Locate()
    {
        var candidates = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } chosen ? [chosen] : KnownPaths;
        if (candidates.FirstOrDefault(File.Exists) is { } found)
        {
            return found;
        }

        var explanation = $"Headless Chromium was not found at {string.Join(", ", candidates)}: install it (Debian: apt-get install -y chromium) or set {EnvironmentVariable}; the HTML report's browser test needs it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(explanation);
        }

        Assert.Skip(explanation);
        return "";
    }

    /// <summary>Opens a local file and returns the DOM after its scripts ran (timers included, up to 5 s of page time).</summary>
    public static string DumpDom(string browser, string file) => Run(browser, ["--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri]).Output;

    /// <summary>Opens a local file and writes a PNG of the first <paramref name="height"/> pixels at 1280 pixels wide.</summary>
    public static void Screenshot(string browser, string file, string png, int height)
    {
        var run = Run(browser, ["--hide-scrollbars", $"--window-size=1280,{height}", $"--screenshot={png}", new Uri(file).AbsoluteUri]);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot. Its messages:\n{run.Error}");
    }

    private static (string Output, string Error) Run(string browser, IReadOnlyList<string> arguments)
    {
        var profile = Path.Combine(Path.GetTempPath(), "nq52-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{browser} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{browser} did not finish within 120 s.");
            }

            return (output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover profile folder does not affect other tests.
            }
        }
    }
}
