namespace Nq52Metrics.Construction;

/// <summary>
/// The stages of the pipeline, in the order they run. Every build and every analysis (uncertainty, sensitivity,
/// what-if) runs this one list; a stage's spec lives in <see cref="Methodology"/> and any stage can be varied.
/// </summary>
public enum PipelineStage
{
    /// <summary>Divide indicators by their denominators (<see cref="DenominationSpec"/>).</summary>
    Denominate,

    /// <summary>Apply each indicator's transform (log, log10, sqrt) to the raw values (<see cref="TransformSpec"/>).</summary>
    Transform,

    /// <summary>Fill missing values (<see cref="ImputationSpec"/>).</summary>
    Impute,

    /// <summary>Drop units with too little data (<see cref="ScreeningSpec"/>).</summary>
    Screen,

    /// <summary>Winsorise or log-transform skewed indicators (<see cref="OutlierTreatmentSpec"/>).</summary>
    TreatOutliers,

    /// <summary>Bring indicators onto a common scale (<see cref="NormalisationMethod"/>).</summary>
    Normalise,

    /// <summary>Aggregate up the framework, level by level (<see cref="AggregationSpec"/>).</summary>
    Aggregate,

    /// <summary>Rank every node's scores (<see cref="Ranking.RankingSpec"/>).</summary>
    Rank,
}
