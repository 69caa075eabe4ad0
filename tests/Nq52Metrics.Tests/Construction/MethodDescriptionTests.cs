using System.Text.Json;
using Nq52Metrics.Construction;
using Nq52Metrics.Localization;
using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Construction;

/// <summary>
/// Every normalisation, aggregation and imputation method describes itself in words, with its parameters, in English
/// and in Vietnamese. The method types are found by reflection, so a new type without a description fails here.
/// </summary>
public sealed class MethodDescriptionTests
{
    /// <summary>The concrete types deriving from <paramref name="family"/> in the library.</summary>
    private static Type[] ConcreteTypes(Type family) =>
        [.. typeof(NormalisationMethod).Assembly.GetTypes().Where(t => t.IsSubclassOf(family) && !t.IsAbstract)];

    private static readonly JsonElement ZoneElement = JsonDocument.Parse("\"Zone\"").RootElement.Clone();

    /// <summary>Every family's default, with the settings a family must be given (a group column, a power) filled in.</summary>
    private static IEnumerable<(string Family, object Method, Func<DisplayLanguage, string> Describe)> Examples()
    {
        foreach (var method in NormalisationMethod.Families.Concat(
            [NormalisationMethod.Goalposts(1, truncate: false), NormalisationMethod.DistanceToTarget(capAtOne: true), NormalisationMethod.Ratio(NormalisationReference.OfUnit("VN")), NormalisationMethod.RelativeDifference(NormalisationReference.Fixed(2)), NormalisationMethod.Ratio(NormalisationReference.Min), NormalisationMethod.Ratio(NormalisationReference.Median)]))
        {
            yield return ("normalisation", method, method.Describe);
        }

        foreach (var family in AggregationMethod.Families.Append(AggregationMethod.MazziottaPareto(MazziottaParetoPenalty.Positive)))
        {
            var method = family.Problem() is null ? family : family.WithSettings(new AggregationMethodDocument { Method = family.Name, Power = 0.5 });
            yield return ("aggregation", method, method.Describe);
        }

        foreach (var family in ImputationMethod.Families)
        {
            var method = family.Problem() is null ? family : family.WithSettings(new ImputeDocument { Method = family.Name, Group = ZoneElement });
            yield return ("imputation", method, method.Describe);
        }
    }

    public static TheoryData<string> Families => ["normalisation", "aggregation", "imputation"];

    private static Type BaseOf(string family) => family switch
    {
        "normalisation" => typeof(NormalisationMethod),
        "aggregation" => typeof(AggregationMethod),
        _ => typeof(ImputationMethod),
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_method_type_is_among_the_described_examples(string family)
    {
        var types = ConcreteTypes(BaseOf(family));
        var described = Examples().Where(e => e.Family == family).Select(e => e.Method.GetType()).ToHashSet();

        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Contains(t, described));
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_method_describes_itself_in_both_languages_and_no_two_alike(string family)
    {
        var examples = Examples().Where(e => e.Family == family).ToList();
        foreach (var language in DisplayLanguage.All)
        {
            var texts = examples.Select(e => (e.Method, Text: e.Describe(language))).ToList();
            Assert.All(texts, t =>
            {
                Assert.False(string.IsNullOrWhiteSpace(t.Text), $"{t.Method} has no description in {language}");
                Assert.DoesNotContain("{", t.Text, StringComparison.Ordinal);
                Assert.True(char.IsUpper(t.Text[0]), $"{t.Method}: \"{t.Text}\" starts in lower case");
                Assert.False(t.Text.EndsWith('.'), $"{t.Method}: \"{t.Text}\" ends with a full stop");
            });
            Assert.Equal(texts.Count, texts.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count());
        }

        // The Vietnamese text is a translation, not the English one found by falling back.
        Assert.All(examples, e => Assert.NotEqual(e.Describe(DisplayLanguage.English), e.Describe(DisplayLanguage.Vietnamese)));
    }

    [Theory]
    [InlineData("en", "Min-max normalisation to 1–100 (the worst value to 1, the best to 100)")]
    [InlineData("vi", "Chuẩn hóa min-max về thang 1–100 (giá trị kém nhất thành 1, tốt nhất thành 100)")]
    public void A_description_names_the_technical_method_and_its_parameters(string code, string expected)
    {
        Assert.True(DisplayLanguage.TryParse(code, out var language));

        Assert.Equal(expected, NormalisationMethod.MinMax(1, 100).Describe(language));
    }

    [Fact]
    public void Parameters_are_written_as_the_language_writes_numbers()
    {
        Assert.Equal("Weighted generalised mean, power 0.5", AggregationMethod.GeneralisedMean(0.5).Describe(DisplayLanguage.English));
        Assert.Equal("Trung bình lũy thừa (generalised mean) có trọng số, số mũ 0,5", AggregationMethod.GeneralisedMean(0.5).Describe(DisplayLanguage.Vietnamese));
        Assert.Equal("Z-score standardisation to mean 0.5 and standard deviation 2", NormalisationMethod.ZScore(0.5, 2).Describe(DisplayLanguage.English));
        Assert.Contains("20%", NormalisationMethod.AboveBelowMean(0.2).Describe(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Equal("Ratio to the value of unit VN", NormalisationMethod.Ratio(NormalisationReference.OfUnit("VN")).Describe(DisplayLanguage.English));
        Assert.Equal("Chênh lệch tương đối (relative difference) so với giá trị cố định 2,5", NormalisationMethod.RelativeDifference(NormalisationReference.Fixed(2.5)).Describe(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void The_group_column_is_part_of_a_group_method_s_description()
    {
        Assert.Equal(
            "Missing values replaced by the indicator's median over the unit's group in Region (over all units when the group has no value)",
            ImputationMethod.GroupMedian("Region").Describe(DisplayLanguage.English));
        Assert.Contains("theo cột Region", ImputationMethod.GroupMean("Region").Describe(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void A_normalisation_describes_its_pooling_and_its_overrides()
    {
        var method = NormalisationMethod.MinMax(0, 100).WithOverrides([new("LPI", NormalisationMethod.Rank)]) with { Pooled = true };

        Assert.Equal(
            "Min-max normalisation to 0–100 (the worst value to 0, the best to 100); pooled: one scale over every period of the data; other methods for some indicators: LPI: Rank: the worst unit 1, ties take the lowest rank",
            method.Describe(DisplayLanguage.English));
        Assert.StartsWith("Chuẩn hóa min-max", method.Describe(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("LPI: Rank (chuẩn hóa theo hạng)", method.Describe(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Describing_in_no_language_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => NormalisationMethod.Rank.Describe(null!));
        Assert.Throws<ArgumentNullException>(() => AggregationMethod.Copeland.Describe(null!));
        Assert.Throws<ArgumentNullException>(() => ImputationMethod.Mean.Describe(null!));
    }
}
