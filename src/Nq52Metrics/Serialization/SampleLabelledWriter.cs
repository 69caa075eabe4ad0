using System.Text;

namespace Nq52Metrics.Serialization;

/// <summary>
/// A text writer (internal) whose CSV rows, written with <see cref="CsvRows.Write"/>, start with a
/// <c>DataStatus</c> column: the header row gets <c>DataStatus</c> and every other row <c>SAMPLE</c>. Wrap the
/// writer of a file built from sample data in it; the wrapped writer is left open.
/// </summary>
internal sealed class SampleLabelledWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private bool _headerWritten;

    /// <summary>The writer the rows go to.</summary>
    public TextWriter Inner { get; } = inner;

    /// <inheritdoc/>
    public override Encoding Encoding => Inner.Encoding;

    /// <summary>The first field of the next row: <c>DataStatus</c> for the header, <c>SAMPLE</c> after it.</summary>
    public string NextLead()
    {
        if (_headerWritten)
        {
            return Vietnam.PiiSample.SampleMarker;
        }

        _headerWritten = true;
        return Vietnam.PiiSample.DataStatusColumn;
    }

    /// <inheritdoc/>
    public override void Write(char value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void Write(string? value) => Inner.Write(value);

    /// <inheritdoc/>
    public override void Flush() => Inner.Flush();

    /// <summary>
    /// The writing of a file, labelled as sample data when <paramref name="isSample"/> (otherwise unchanged, so the
    /// files of real data keep their exact columns).
    /// </summary>
    public static Action<TextWriter> Label(bool isSample, Action<TextWriter> write) =>
        isSample ? w => write(new SampleLabelledWriter(w)) : write;
}
