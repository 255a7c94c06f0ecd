package nl.kansrijkestart.mdo.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument as results refer to it: its domains in the order of the instrument,
 * and the range of its total score ({@code null} when it has none). Never changes once created.
 */
public record InstrumentVersionSummary(
        long id,
        long instrumentId,
        String instrumentCode,
        String instrumentName,
        boolean validated,
        String label,
        boolean active,
        @Nullable ScoreRange total,
        List<DomainSummary> domains) {

    public boolean hasTotal() {
        return total != null;
    }
}
