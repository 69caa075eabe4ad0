using System.Globalization;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Tests.Localization;

/// <summary>A message returned by a check before it has a location: placed, rendered in either language, nested.</summary>
public sealed class MessageTextTests
{
    [Fact]
    public void A_message_placed_at_a_location_keeps_its_key_and_arguments()
    {
        var message = MessageText.Of(nameof(Messages.NormaliseScaledInvalid), 0.5, -1.0);

        var problem = message.At("normalise");

        Assert.Equal("NormaliseScaledInvalid", problem.MessageKey);
        Assert.Equal("normalise: the scaled parameters (centre 0.5, scale -1) must be finite with scale > 0.", problem.ToString());
        Assert.Equal("normalise: các tham số của phương pháp scaled (tâm 0,5, thang -1) phải là số hữu hạn với thang > 0.", problem.ToString(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Its_text_is_english_and_formatted_with_a_language_it_is_that_language()
    {
        var message = MessageText.Of(nameof(Messages.OutliersKurtosisInvalid));

        var text = message.ToString();

        Assert.Equal("the kurtosis threshold must be finite.", text);
        Assert.Equal(text, message.ToString());
        Assert.Equal("ngưỡng độ nhọn (kurtosis) phải là số hữu hạn.", message.ToString(null, DisplayLanguage.Vietnamese.Culture));
        Assert.Equal(text, message.ToString(null, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_message_given_as_an_argument_of_another_renders_in_the_outer_language()
    {
        var inner = MessageText.Of(nameof(Messages.NormaliseMinMaxConstant));

        var outer = ProblemMessages.Problem(ProblemLocation.Nowhere, nameof(Messages.WriteFileFailed), inner);

        Assert.Equal("the file cannot be written: every available value is the same, so min-max normalisation is undefined.", outer.Message);
        Assert.Equal("không ghi được tệp: mọi giá trị hiện có đều bằng nhau, nên chuẩn hóa min-max không xác định.", outer.MessageIn(DisplayLanguage.Vietnamese));
    }

    [Fact]
    public void Literal_braces_of_a_message_with_a_placeholder_survive_formatting()
    {
        var message = MessageText.Of(nameof(Messages.ReferenceNameUnknown), "\"top\"");

        Assert.Equal("\"top\" is not a reference; expected \"max\", \"min\", \"mean\", \"median\", {\"unit\": \"CODE\"} or a number above 0.", message.ToString());
        Assert.Contains("{\"unit\": \"MÃ\"}", message.In(DisplayLanguage.Vietnamese), StringComparison.Ordinal);
        Assert.Equal("expected \"max\", \"min\", \"mean\", \"median\", {\"unit\": \"CODE\"} or a number above 0.", MessageText.Of(nameof(Messages.ReferenceKindInvalid)).ToString());
    }

    [Fact]
    public void An_unknown_key_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => MessageText.Of("NoSuchKey"));
}
