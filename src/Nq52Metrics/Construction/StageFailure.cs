using Nq52Metrics.Localization;

namespace Nq52Metrics.Construction;

/// <summary>
/// Why a memoised stage run failed: the stage, its problems (rendered in the language of the message that shows them),
/// and the first problem when the failure is an overflow (a value too large to represent) rather than a method undefined
/// for its input.
/// </summary>
internal sealed record StageFailure(PipelineStage Stage, ProblemList Problems, ValidationProblem? Overflow);
