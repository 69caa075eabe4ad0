using System.Globalization;
using System.Text;
using Nq52Metrics;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.SampleTool;

/// <summary>
/// Writes the PII SAMPLE dataset (seeds/pii/pii_iMeta.csv and seeds/pii/pii_sample_iData.csv) with
/// <see cref="PiiSampleGenerator"/>. Usage: <c>dotnet run --project tools/PiiSampleGenerator -- [--seed 52] [--out seeds/pii] [--check]</c>.
/// With <c>--check</c> nothing is written: the exit code is 0 when the files in the folder equal a fresh generation, 1 otherwise.
/// </summary>
internal static class Program
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static int Main(string[] args)
    {
        var seed = PiiSampleGenerator.DefaultSeed;
        var folder = Path.Combine("seeds", "pii");
        var check = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                default:
                    Console.Error.WriteLine($"error: unknown or incomplete argument \"{args[i]}\".");
                    Console.Error.WriteLine("usage: pii-sample-generator [--seed N] [--out FOLDER] [--check]");
                    return 2;
            }
        }

        try
        {
            var files = PiiSampleGenerator.Generate(seed);
            var meta = Path.Combine(folder, PiiSampleFiles.MetaFileName);
            var data = Path.Combine(folder, PiiSampleFiles.DataFileName);
            if (check)
            {
                var same = File.Exists(meta) && File.Exists(data)
                    && File.ReadAllText(meta) == files.MetaCsv && File.ReadAllText(data) == files.DataCsv;
                Console.WriteLine(same
                    ? $"{folder}: the sample files equal a fresh generation with seed {seed}."
                    : $"{folder}: the sample files differ from a fresh generation with seed {seed}; regenerate them.");
                return same ? 0 : 1;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(meta, files.MetaCsv, Utf8NoBom);
            File.WriteAllText(data, files.DataCsv, Utf8NoBom);
            Console.WriteLine($"Wrote {meta} and {data} (SAMPLE data, seed {seed}). They are not real PII results.");
            return 0;
        }
        catch (Nq52ValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            return 1;
        }
    }
}
