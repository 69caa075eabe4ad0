namespace Nq52Metrics.Serialization;

/// <summary>Writes CSV rows of the files this library produces (internal helper): comma separated, <c>\n</c> line ends.</summary>
internal static class CsvRows
{
    /// <summary>
    /// Writes one CSV row: a field holding a comma, a quote or a line break is quoted, with quotes doubled. Through a
    /// <see cref="SampleLabelledWriter"/>, the row starts with its <c>DataStatus</c> field.
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> fields)
    {
        if (writer is SampleLabelledWriter labelled)
        {
            writer = labelled.Inner;
            writer.Write(labelled.NextLead());
            writer.Write(',');
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }

        writer.Write('\n');
    }
}
