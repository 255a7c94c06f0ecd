package nl.kansrijkestart.mdo.indicators.report;

/**
 * An edition that does not exist and one of an area outside the coordinator's scope are refused
 * alike, so a guessed number reveals nothing.
 */
public class ReportEditionNotFoundException extends RuntimeException {

    public ReportEditionNotFoundException(long editionId) {
        super("No report edition " + editionId + " for this user");
    }
}
