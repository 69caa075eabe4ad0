namespace Nq52Metrics.Construction;

/// <summary>
/// Why a memoised stage run failed: the stage, its problems as one text, and the first problem when the failure is an
/// overflow (a value too large to represent) rather than a method undefined for its input.
/// </summary>
internal sealed record StageFailure(PipelineStage Stage, string Text, ValidationProblem? Overflow);
