package nl.kansrijkestart.mdo.indicators;

import org.springframework.boot.test.context.TestComponent;

/**
 * Switches the publication of the indicators ({@code mdo.indicators.publication}) in a test: a test
 * of the yearly publication calls {@link #completeYears()} at its start and {@link #reset()} after.
 */
@TestComponent
public class IndicatorPublication {

    private final Publication publication;

    IndicatorPublication(Publication publication) {
        this.publication = publication;
    }

    /** Only complete years are published, on 1 February of the next year. */
    public void completeYears() {
        publication.use(Publication.Mode.COMPLETE_YEARS);
    }

    /** Back to the setting of the application (by default every year as it stands). */
    public void reset() {
        publication.reset();
    }
}
