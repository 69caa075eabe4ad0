using Nq52Metrics.Localization;

namespace Nq52Metrics.Analysis;

/// <summary>What a <see cref="StatisticalAudit"/> computes and with which thresholds. Immutable; checked when the audit runs.</summary>
public sealed record AuditOptions
{
    /// <summary>The thresholds of the flags and findings; default COINr's.</summary>
    public StatisticsThresholds Thresholds { get; init; } = new();

    /// <summary>The coefficient of the correlation tables (default Pearson); alpha and PCA always use covariances and Pearson.</summary>
    public CorrelationMethod Correlation { get; init; } = CorrelationMethod.Pearson;

    /// <summary>Strengths and weaknesses listed per unit (default 5, at least 1).</summary>
    public int StrengthsPerUnit { get; init; } = 5;

    /// <summary>Optimise the weights with this objective; null (default) for no optimisation.</summary>
    public OptimisationObjective? Optimise { get; init; }

    /// <summary>The level whose weights are optimised (needed with <see cref="Optimise"/>).</summary>
    public int? OptimiseLevel { get; init; }

    /// <summary>Seed of the optimisation's first simplex.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The options' problems, located by name.</summary>
    internal IEnumerable<ValidationProblem> Problems()
    {
        foreach (var problem in Thresholds.Problems())
        {
            yield return problem;
        }

        if (StrengthsPerUnit < 1)
        {
            yield return ProblemMessages.Problem(ProblemLocation.OfParameter("strengths per unit"), nameof(Messages.AuditStrengthsPerUnitInvalid), StrengthsPerUnit);
        }

        if (Optimise is not null && OptimiseLevel is null)
        {
            yield return ProblemMessages.Problem(ProblemLocation.OfParameter("optimise"), nameof(Messages.AuditOptimiseLevelMissing));
        }
    }
}
