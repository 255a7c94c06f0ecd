package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;

/**
 * Published when a consent is withdrawn, so that meetings take a named case off every agenda from
 * that date at once.
 */
public record ConsentWithdrawn(String caseNumber, LocalDate withdrawnOn) {}
