namespace Nq52Metrics.Analysis;

/// <summary>Cronbach's alpha of one aggregate's children (see <see cref="CronbachAlpha"/>).</summary>
/// <param name="Node">The aggregate's code.</param>
/// <param name="Alpha">Alpha of its children (at most 1; negative when they correlate negatively).</param>
/// <param name="Items">The number of children.</param>
public sealed record AggregateAlpha(string Node, double Alpha, int Items);
