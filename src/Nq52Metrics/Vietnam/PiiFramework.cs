using System.Collections.Immutable;
using System.Globalization;
using Nq52Metrics.Frameworks;
using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>
/// The PII framework preset (GII method): 7 pillars, 5 of them (institutions; human capital and R&amp;D;
/// infrastructure; market development; business development) forming the Input sub-index and 2 (knowledge, creative
/// and technology products; impact) the Output sub-index; each sub-index is the simple mean of its pillars and the
/// PII the simple mean of Input and Output; the efficiency ratio is Output / Input. The user supplies the indicators
/// (and, optionally, a level of indicator groups) under the pillar codes <c>P1</c>…<c>P7</c>.
/// </summary>
public static class PiiFramework
{
    /// <summary>The code of the index node.</summary>
    public const string IndexCode = "PII";

    /// <summary>The group column of PII data holding each province's socio-economic region (region ranks and means).</summary>
    public const string RegionColumn = "Region";

    /// <summary>The code of the Input sub-index.</summary>
    public const string InputCode = "Input";

    /// <summary>The code of the Output sub-index.</summary>
    public const string OutputCode = "Output";

    /// <summary>The number of pillars.</summary>
    public const int PillarCount = 7;

    /// <summary>The number of input pillars (1–5); pillars 6–7 are output pillars.</summary>
    public const int InputPillarCount = 5;

    /// <summary>The code of a pillar node: <c>P1</c>…<c>P7</c>.</summary>
    /// <param name="number">The pillar number, 1–7.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not 1–7.</exception>
    public static string PillarCode(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, PillarCount);
        return "P" + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The sub-index a pillar belongs to.</summary>
    /// <param name="number">The pillar number, 1–7.</param>
    /// <returns>Input for 1–5, Output for 6–7.</returns>
    public static PiiSubIndex SubIndexOf(int number) => number <= InputPillarCount ? PiiSubIndex.Input : PiiSubIndex.Output;

    /// <summary>
    /// Builds the PII framework from the nodes below the pillars: indicators whose parent is a pillar code (<c>P1</c>…),
    /// or indicators under groups whose parent is a pillar code. Pillars, sub-indices and the index are added with
    /// equal weights and their names from the seeds.
    /// </summary>
    /// <param name="nodesBelowPillars">Indicators and optional group nodes.</param>
    /// <param name="groupColumns">Unit-group columns the data may carry (e.g. <c>Region</c>).</param>
    /// <param name="denominatorColumns">Denominator columns the data may carry.</param>
    /// <param name="seeds">The seeds (pillar names); default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <returns>The validated framework.</returns>
    /// <exception cref="Nq52ValidationException">A node uses a reserved code, a pillar has no children, or the tree is invalid (all problems).</exception>
    public static IndexFramework Create(
        IEnumerable<FrameworkNode> nodesBelowPillars,
        IEnumerable<string>? groupColumns = null,
        IEnumerable<string>? denominatorColumns = null,
        VietnamSeeds? seeds = null)
    {
        ArgumentNullException.ThrowIfNull(nodesBelowPillars);
        seeds ??= VietnamSeeds.Embedded;
        var given = nodesBelowPillars.ToList();
        var reserved = ReservedCodes();
        var problems = new ValidationProblems();
        foreach (var node in given.Where(n => reserved.Contains(n.Code)))
        {
            problems.AddMessage($"node \"{node.Code}\"", nameof(Messages.PiiCodeReserved));
        }

        for (var p = 1; p <= PillarCount; p++)
        {
            var code = PillarCode(p);
            if (!given.Any(n => n.Parent == code))
            {
                problems.AddMessage($"pillar \"{code}\"", nameof(Messages.PiiPillarWithoutChildren), seeds.Pii.Pillar(p).NameEn);
            }
        }

        problems.ThrowIfAny();
        var pillarLevel = given.Count == 0 ? 2 : given.Max(n => n.Level) + 1;
        return IndexFramework.Create(given.Concat(AggregateNodes(pillarLevel, seeds)), groupColumns, denominatorColumns);
    }

    /// <summary>The pillar, sub-index and index nodes of the preset, the pillars at <paramref name="pillarLevel"/>.</summary>
    /// <param name="pillarLevel">The level of the pillars (2 without indicator groups, 3 with them).</param>
    /// <param name="seeds">The seeds (pillar names); default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <returns>The 10 aggregate nodes: P1…P7, Input, Output, PII.</returns>
    public static ImmutableArray<FrameworkNode> AggregateNodes(int pillarLevel, VietnamSeeds? seeds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pillarLevel, 2);
        seeds ??= VietnamSeeds.Embedded;
        var nodes = seeds.Pii.Pillars.Select(p => new FrameworkNode
        {
            Code = PillarCode(p.Number),
            Name = p.NameEn,
            Level = pillarLevel,
            Parent = p.SubIndex == PiiSubIndex.Input ? InputCode : OutputCode,
        }).ToList();
        nodes.Add(new FrameworkNode { Code = InputCode, Name = "Input sub-index", Level = pillarLevel + 1, Parent = IndexCode });
        nodes.Add(new FrameworkNode { Code = OutputCode, Name = "Output sub-index", Level = pillarLevel + 1, Parent = IndexCode });
        nodes.Add(new FrameworkNode { Code = IndexCode, Name = "Provincial Innovation Index", Level = pillarLevel + 2 });
        return [.. nodes];
    }

    /// <summary>
    /// The indicators known by name as framework nodes, each under its inferred pillar (for the few whose pillar is not
    /// settled, the first candidate the seeds name). Every one is a positive indicator, as inferred from its name.
    /// </summary>
    /// <param name="seeds">The seeds; default <see cref="VietnamSeeds.Embedded"/>.</param>
    /// <returns>The indicator nodes, in the order of <c>pii_indicators.csv</c>.</returns>
    public static ImmutableArray<FrameworkNode> KnownIndicatorNodes(VietnamSeeds? seeds = null)
    {
        seeds ??= VietnamSeeds.Embedded;
        return seeds.Pii.KnownIndicators.Select(i => new FrameworkNode
        {
            Code = i.Code,
            Name = i.NameEn,
            Level = 1,
            Parent = PillarCode(i.Pillar ?? i.CandidatePillars[0]),
            Direction = i.Direction,
        }).ToImmutableArray();
    }

    /// <summary>
    /// Checks that a framework has the PII shape: the index <c>PII</c> at the top with exactly the children
    /// <c>Input</c> and <c>Output</c>, pillars <c>P1</c>…<c>P5</c> under Input and <c>P6</c>, <c>P7</c> under Output.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <exception cref="Nq52ValidationException">Every deviation from the shape.</exception>
    public static void EnsureShape(IndexFramework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var problems = new ValidationProblems();
        var tops = framework.NodesAtLevel(framework.MaxLevel);
        if (tops.Length != 1 || tops[0].Code != IndexCode)
        {
            problems.AddMessage("framework", nameof(Messages.PiiTopNodeInvalid), IndexCode, Quote(tops.Select(t => t.Code)));
        }

        CheckChildren(framework, IndexCode, [InputCode, OutputCode], problems);
        CheckChildren(framework, InputCode, Enumerable.Range(1, InputPillarCount).Select(PillarCode).ToArray(), problems);
        CheckChildren(framework, OutputCode, Enumerable.Range(InputPillarCount + 1, PillarCount - InputPillarCount).Select(PillarCode).ToArray(), problems);
        problems.ThrowIfAny();
    }

    private static void CheckChildren(IndexFramework framework, string code, string[] expected, ValidationProblems problems)
    {
        if (!framework.Contains(code))
        {
            problems.AddMessage("framework", nameof(Messages.PiiNodeMissing), code);
            return;
        }

        var children = framework.ChildrenOf(code).Select(c => c.Code).ToList();
        if (!children.Order(StringComparer.Ordinal).SequenceEqual(expected.Order(StringComparer.Ordinal)))
        {
            problems.AddMessage($"node \"{code}\"", nameof(Messages.PiiChildrenMismatch), Quote(children), Quote(expected));
        }
    }

    private static string Quote(IEnumerable<string> codes) => string.Join(", ", codes.Select(c => $"\"{c}\""));

    private static HashSet<string> ReservedCodes() =>
        [IndexCode, InputCode, OutputCode, .. Enumerable.Range(1, PillarCount).Select(PillarCode)];
}
