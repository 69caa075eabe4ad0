using Nq52Metrics.Localization;

namespace Nq52Metrics.Vietnam;

/// <summary>How messages name a <see cref="UnitList"/>.</summary>
internal static class UnitListText
{
    /// <summary>"63 provinces before the 2025 merger" or "34 units formed in 2025", in the language of the message holding it.</summary>
    public static MessageText Text(this UnitList list) =>
        MessageText.Of(list == UnitList.Provinces63 ? nameof(Messages.UnitListProvinces63) : nameof(Messages.UnitListUnits34));
}
