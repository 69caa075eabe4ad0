using Nq52Metrics.Serialization;

namespace Nq52Metrics.Tests.Serialization;

public sealed class AtomicFileTests
{
    private static void WriteText(Stream stream, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }

    [Fact]
    public void A_complete_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("out.txt", "old");

        AtomicFile.Write(path, s => WriteText(s, "new"), TestContext.Current.CancellationToken);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["out.txt"], folder.FileNames());
    }

    [Fact]
    public void A_failing_write_keeps_the_previous_content_and_removes_the_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("out.txt", "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            WriteText(s, "half of the ");
            throw new InvalidOperationException("the writer failed");
        }, TestContext.Current.CancellationToken));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["out.txt"], folder.FileNames());
    }

    [Fact]
    public void A_failing_write_to_a_new_file_leaves_nothing()
    {
        using var folder = new TempFolder();

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(folder.PathOf("new.csv"), _ => throw new InvalidOperationException("no"), TestContext.Current.CancellationToken));

        Assert.Empty(folder.FileNames());
    }

    [Fact]
    public void A_folder_as_destination_is_an_error()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.PathOf("sub"));

        var e = Assert.Throws<Nq52ValidationException>(() => AtomicFile.Write(folder.PathOf("sub"), s => WriteText(s, "x"), TestContext.Current.CancellationToken));

        Assert.Equal("this is a folder, not a file.", Assert.Single(e.Problems).Message);
        Assert.Empty(folder.FileNames());
    }

    [Fact]
    public void A_write_cancelled_while_writing_keeps_the_previous_content_and_removes_the_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("out.txt", "old");
        using var stop = new CancellationTokenSource();

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, s =>
        {
            WriteText(s, "half of the ");
            stop.Cancel();
        }, stop.Token));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["out.txt"], folder.FileNames());
    }

    [Fact]
    public void A_write_cancelled_before_it_starts_creates_nothing()
    {
        using var folder = new TempFolder();
        var called = false;

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(folder.PathOf("new.csv"), _ => called = true, new CancellationToken(canceled: true)));

        Assert.False(called);
        Assert.Empty(folder.FileNames());
    }
}
