package nl.kansrijkestart.mdo.indicators;

import nl.kansrijkestart.mdo.cases.BirthPhase;
import nl.kansrijkestart.mdo.offer.OfferKind;

/**
 * One cell of indicator 8: a year, a municipality code or {@link FactIndicatorService#TOTAL}, a kind of
 * support and whether it started before or after the birth, and the number of cases (families) whose
 * first support of that kind started then. A suppressed cell hides the number.
 */
public record StartCell(String period, String group, OfferKind kind, BirthPhase phase, Count cases) {}
