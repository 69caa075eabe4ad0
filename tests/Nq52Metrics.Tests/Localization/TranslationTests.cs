using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Nq52Metrics.Localization;
using Nq52Metrics.Vietnam;

namespace Nq52Metrics.Tests.Localization;

/// <summary>
/// The translations: every key in both languages with the same placeholders, the Vietnamese satellite assemblies
/// found, no message assembled from translated pieces, and the list of library messages not translated yet.
/// </summary>
public sealed partial class TranslationTests
{
    public static TheoryData<string> ResourceSets => ["library", "cli", "charts", "report", "notebook"];

    private static ResourceManager Resources(string set) => set switch
    {
        "library" => ProblemMessages.Resources,
        "cli" => Nq52Metrics.Cli.CliTexts.ResourceManager,
        "report" => Nq52Metrics.Charts.Reports.ReportTexts.ResourceManager,
        "notebook" => Nq52Metrics.Interactive.NotebookTexts.ResourceManager,
        _ => Nq52Metrics.Charts.ChartTexts.ResourceManager,
    };

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Every_key_exists_in_both_languages_with_the_same_placeholders(string set)
    {
        var resources = Resources(set);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var vietnamese = Entries(resources, CultureInfo.GetCultureInfo("vi"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(vietnamese.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(vietnamese.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            var expected = Placeholders(text);
            var translated = Placeholders(vietnamese[key]);

            // A translation may leave out an argument the language does not need (an English ordinal), never add one.
            Assert.True(translated.All(expected.Contains), $"{set} {key}: placeholders {string.Join(",", translated)} not all in {string.Join(",", expected)}");
            Assert.Equal(text.Trim().Length == 0, vietnamese[key].Trim().Length == 0);
        }
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void The_vietnamese_satellite_assembly_is_found(string set)
    {
        var resources = Resources(set);
        var english = Entries(resources, CultureInfo.InvariantCulture);

        var translated = english.Keys.Count(k => resources.GetString(k, DisplayLanguage.Vietnamese.Culture) != english[k]);

        Assert.True(translated > english.Count / 2, $"{translated} of {english.Count} {set} entries differ in Vietnamese");
    }

    /// <summary>
    /// A translated entry joined to another piece with <c>+</c>, an interpolation or <c>string.Concat</c> builds a
    /// sentence from fragments that another language may need in another order; sentences are whole entries with
    /// placeholders instead.
    /// </summary>
    [Fact]
    public void No_message_is_built_by_concatenating_translated_fragments()
    {
        var entry = @"(?:CliTexts|ChartTexts|ReportTexts|NotebookTexts|Messages)\.\w+";
        var patterns = new Regex[]
        {
            new($@"{entry}\s*\+", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new($@"\+\s*{entry}", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new($@"\$""[^""]*\{{{entry}\}}", RegexOptions.None, TimeSpan.FromSeconds(1)),
            new($@"string\.(?:Concat|Join)\([^;]*{entry}", RegexOptions.None, TimeSpan.FromSeconds(1)),
        };
        var offending = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && patterns.Any(p => p.IsMatch(x.line)))
            .Select(x => $"{Path.GetRelativePath(SourceRoot, x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void The_concatenation_scan_would_catch_a_joined_fragment()
    {
        var entry = @"(?:CliTexts|ChartTexts|ReportTexts|NotebookTexts|Messages)\.\w+";

        Assert.Matches($@"{entry}\s*\+", "var s = CliTexts.HeaderRank + \" \" + x;");
        Assert.Matches($@"\$""[^""]*\{{{entry}\}}", "var s = $\"{CliTexts.HeaderRank}: {x}\";");
    }

    /// <summary>
    /// The library files whose problems are still plain English text (the same in both languages): the work left.
    /// When a file is translated, remove it here; a file translated before must not fall back to plain text.
    /// </summary>
    private static readonly string[] Untranslated = [];

    [Fact]
    public void The_library_files_with_untranslated_problem_messages_are_listed()
    {
        var plain = new Regex(
            @"new ValidationProblem\(|problems\.Add\([^;]*""|problems\.Add\(\s*\w+,\s*\w+\)|Nq52ValidationException\(\s*[^\[\s]|Failure\([^;\[]*,\s*\$?""|PlainProblem\(",
            RegexOptions.None,
            TimeSpan.FromSeconds(1));
        var library = Path.Combine(SourceRoot, "src", "Nq52Metrics");
        var skip = new[] { "ValidationProblem.cs", "ValidationProblems.cs", "Nq52ValidationException.cs", "Outcome.cs" };
        var found = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !skip.Contains(Path.GetFileName(f)))
            .Where(f => File.ReadLines(f).Any(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal) && plain.IsMatch(l)))
            .Select(f => Path.GetRelativePath(library, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Untranslated, found);
    }

    [Fact]
    public void The_translated_readers_leave_no_plain_message()
    {
        string[] translated = ["Serialization/JsonInput.cs", "Serialization/JsonOutline.cs", "Serialization/UncertaintySpecReader.cs", "Serialization/InputFile.cs", "Serialization/CsvTable.cs", "Serialization/CoinrCsv.cs", "Serialization/CsvNumbers.cs", "Frameworks/IndexFramework.cs", "Vietnam/ClaimParser.cs"];

        Assert.Empty(translated.Intersect(Untranslated));
    }

    [Fact]
    public void A_keyed_problem_renders_in_either_language_with_a_literal_location()
    {
        var problem = ProblemMessages.Problem(ProblemLocation.InCsv("iData.csv", 7, "LPI"), "CsvNotANumber", "\"n/a\"");

        Assert.Equal("CsvNotANumber", problem.MessageKey);
        Assert.Equal("\"n/a\" is not a number (use NA or an empty cell for a missing value).", problem.Message);
        Assert.Equal(problem.Message, problem.MessageIn(DisplayLanguage.English));
        Assert.Equal("\"n/a\" không phải là số (dùng NA hoặc ô trống cho giá trị bị thiếu).", problem.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal("iData.csv line 7, column \"LPI\": \"n/a\" không phải là số (dùng NA hoặc ô trống cho giá trị bị thiếu).", problem.ToString(DisplayLanguage.Vietnamese));
        Assert.Equal($"iData.csv line 7, column \"LPI\": {problem.Message}", problem.ToString());
    }

    [Fact]
    public void Numbers_in_a_keyed_message_follow_the_language()
    {
        var problem = ProblemMessages.Problem(ProblemLocation.InFile("big.csv"), "FileTooLarge", 17_000_000L, 16_777_216L);

        Assert.Equal("the file has 17,000,000 bytes; inputs are limited to 16,777,216 bytes (16 MiB).", problem.Message);
        Assert.Equal("tệp có 17.000.000 byte; tệp đầu vào tối đa 16.777.216 byte (16 MiB).", problem.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void A_plain_problem_reads_the_same_in_both_languages_and_problems_equal_by_location_and_message()
    {
        var plain = new ValidationProblem("--runs", "must be positive.");
        var keyed = ProblemMessages.Problem(ProblemLocation.OfNode("I1"), "FrameworkLevelInvalid", 0);

        Assert.Null(plain.MessageKey);
        Assert.Equal(plain.Message, plain.MessageIn(DisplayLanguage.Vietnamese));
        Assert.Equal(keyed, ProblemMessages.Problem(ProblemLocation.OfNode("I1"), "FrameworkLevelInvalid", 0));
        Assert.NotEqual(keyed, ProblemMessages.Problem(ProblemLocation.OfNode("I1"), "FrameworkLevelInvalid", 5));
        Assert.Equal(keyed.GetHashCode(), ProblemMessages.Problem(ProblemLocation.OfNode("I1"), "FrameworkLevelInvalid", 0).GetHashCode());
        Assert.Equal(keyed, new ValidationProblem(ProblemLocation.OfNode("I1"), keyed.Message));
    }

    [Fact]
    public void An_unknown_key_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => ProblemMessages.Problem(ProblemLocation.Nowhere, "NoSuchKey"));
    }

    [Fact]
    public void A_framework_built_in_code_reports_a_misplaced_parent_in_either_language()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => new Nq52Metrics.Frameworks.FrameworkBuilder("I").Indicator("x", parent: "Nowhere").Build());

        var problem = Assert.Single(e.Problems, p => p.MessageKey == "FrameworkBuilderParentNotBefore");
        Assert.Equal("node \"x\": its parent \"Nowhere\" is not the index or an aggregate added before it.", problem.ToString());
        Assert.Equal("node \"x\": nút cha \"Nowhere\" của nó không phải là chỉ số tổng hoặc một chỉ số tổng hợp được thêm vào trước nó.", problem.ToString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void A_framework_read_in_vietnamese_reports_every_problem_translated()
    {
        var e = Assert.Throws<Nq52ValidationException>(() => Nq52Metrics.Frameworks.IndexFramework.Create(
        [
            new Nq52Metrics.Frameworks.FrameworkNode { Code = "I1", Level = 1, Parent = "Top" },
            new Nq52Metrics.Frameworks.FrameworkNode { Code = "I2", Level = 1, Parent = "Nowhere" },
            new Nq52Metrics.Frameworks.FrameworkNode { Code = "Top", Level = 2 },
        ]));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("node \"I2\": parent \"Nowhere\" is not a node of the framework.", problem.ToString());
        Assert.Equal("node \"I2\": nút cha \"Nowhere\" không phải là nút của khung chỉ số.", problem.ToString(DisplayLanguage.Vietnamese));
    }

    [Theory]
    [InlineData("47,75", "47.75")]
    [InlineData("47.75", "47.75")]
    [InlineData("-1,5", "-1.5")]
    [InlineData("1,2345", "1.2345")]
    [InlineData("10", "10")]
    public void A_claim_value_may_use_a_decimal_comma(string text, string expected)
    {
        Assert.True(ClaimParser.ParseValue(text, ProblemLocation.Nowhere).TryGetValue(out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,234", "ClaimValueAmbiguous")]
    [InlineData("12,000", "ClaimValueAmbiguous")]
    [InlineData("1.234,5", "ClaimValueNotANumber")]
    [InlineData("1,2,3", "ClaimValueNotANumber")]
    [InlineData("ten", "ClaimValueNotANumber")]
    public void An_ambiguous_or_malformed_claim_value_is_refused(string text, string key)
    {
        var outcome = ClaimParser.ParseValue(text, ProblemLocation.OfParameter("claim"));

        Assert.False(outcome.Succeeded);
        Assert.Equal(key, Assert.Single(outcome.Problems).MessageKey);
    }

    [Fact]
    public void Display_languages_write_numbers_and_dates_their_own_way()
    {
        Assert.Equal("1,234.5", DisplayLanguage.English.Number(1234.5, "N1"));
        Assert.Equal("1.234,5", DisplayLanguage.Vietnamese.Number(1234.5, "N1"));
        Assert.Equal("47,75", DisplayLanguage.Vietnamese.Number(47.75, "F2"));
        Assert.Equal("NA", DisplayLanguage.Vietnamese.Number(double.NaN, "F2"));
        Assert.Equal("ngày 27/9/2019", DisplayLanguage.Vietnamese.Date(new DateOnly(2019, 9, 27)));
        Assert.Equal("2019-09-27", DisplayLanguage.English.Date(new DateOnly(2019, 9, 27)));
    }

    [Theory]
    [InlineData("vi", "vi")]
    [InlineData(" EN ", "en")]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_language_is_found_by_its_code(string? code, string? expected)
    {
        Assert.Equal(expected is not null, DisplayLanguage.TryParse(code, out var language));
        Assert.Equal(expected, language?.Code);
    }

    private static string SourceRoot { get; } = FindRoot();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SourceRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Nq52Metrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Nq52Metrics.sln) was not found above the test binaries.");
    }
}
