namespace Nq52Metrics.Vietnam;

/// <summary>What a published value measures (the <c>measure</c> column of <c>pii_published.csv</c> and <c>dti_published.csv</c>).</summary>
public enum MeasureKind
{
    /// <summary><c>score</c>: the overall index value (PII 0–100, DTI 0–1).</summary>
    Score,

    /// <summary><c>rank</c>: the national rank (1 = best).</summary>
    Rank,

    /// <summary><c>input</c>: the PII Input sub-index.</summary>
    Input,

    /// <summary><c>output</c>: the PII Output sub-index.</summary>
    Output,

    /// <summary><c>input_rank</c>: the rank on the Input sub-index.</summary>
    InputRank,

    /// <summary><c>output_rank</c>: the rank on the Output sub-index.</summary>
    OutputRank,

    /// <summary><c>region_rank</c>: the rank within the unit's socio-economic region.</summary>
    RegionRank,

    /// <summary><c>subregion_rank</c>: the rank within a sub-region (e.g. North Central).</summary>
    SubregionRank,

    /// <summary><c>indicators_ranked_first</c>: how many indicators the unit ranked first on.</summary>
    IndicatorsRankedFirst,

    /// <summary><c>rank_change</c>: places gained since the previous edition (negative = fell).</summary>
    RankChange,

    /// <summary><c>score_change</c>: points gained since the previous edition.</summary>
    ScoreChange,

    /// <summary><c>output_change</c>: Output points gained since the previous edition.</summary>
    OutputChange,

    /// <summary><c>rank_band_min</c>: the best rank of the range the unit is known to lie in.</summary>
    RankBandMin,

    /// <summary><c>rank_band_max</c>: the worst rank of the range the unit is known to lie in.</summary>
    RankBandMax,

    /// <summary><c>pillar_&lt;n&gt;_rank</c>: the rank on PII pillar n.</summary>
    PillarRank,

    /// <summary><c>pillar_&lt;n&gt;_score</c>: the score on PII pillar n.</summary>
    PillarScore,

    /// <summary><c>indicator_&lt;code&gt;_score</c>: a normalised PII indicator score (best = 100).</summary>
    IndicatorScore,

    /// <summary><c>idx_&lt;name&gt;</c>: one of the eight DTI main indices.</summary>
    ComponentScore,

    /// <summary><c>provincial_mean_score</c>: the mean of the provincial values (national aggregate).</summary>
    ProvincialMean,

    /// <summary><c>pillar_&lt;name&gt;_mean</c>: a DTI pillar mean (national aggregate).</summary>
    PillarMean,

    /// <summary><c>&lt;measure&gt;_change_percent</c>: % change on the previous edition of another measure.</summary>
    ChangePercent,
}
