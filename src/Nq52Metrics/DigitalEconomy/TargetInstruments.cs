namespace Nq52Metrics.DigitalEconomy;

/// <summary>The keys of the policy instruments whose targets the seeds hold (the <c>instrument</c> column of <c>targets.csv</c>).</summary>
public static class TargetInstruments
{
    /// <summary>Politburo Resolution 52-NQ/TW of 27 Sep 2019 on the fourth industrial revolution.</summary>
    public const string Resolution52 = "res-52-nq-tw";

    /// <summary>Decision 411/QĐ-TTg of 31 Mar 2022: the national digital-economy strategy.</summary>
    public const string Decision411 = "dec-411-qd-ttg";

    /// <summary>The draft of Decision 411/QĐ-TTg.</summary>
    public const string Decision411Draft = "dec-411-qd-ttg-draft";

    /// <summary>Decision 2289/QĐ-TTg of 31 Dec 2020: the national strategy on the fourth industrial revolution.</summary>
    public const string Decision2289 = "dec-2289-qd-ttg";

    /// <summary>Targets of the 13th Party Congress.</summary>
    public const string PartyCongress13 = "party-congress-13";

    /// <summary>2030 socio-economic targets as reported (the exact document is not named).</summary>
    public const string SocioEconomic2030 = "seds-2030";

    /// <summary>The 2023 action plan of the National Committee on Digital Transformation.</summary>
    public const string DigitalTransformationPlan2023 = "ncdt-action-plan-2023";
}
