package nl.kansrijkestart.mdo.indicators;

/**
 * One cell of indicator 7: a period ("2025", "2025-Q1", "2025-03"), a group (municipality or
 * region code, meeting type or case type), distinct cases and discussions, both after suppression.
 */
public record IndicatorCell(String period, String group, Count cases, Count discussions) {}
