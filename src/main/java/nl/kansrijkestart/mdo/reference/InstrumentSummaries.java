package nl.kansrijkestart.mdo.reference;

import java.util.List;
import nl.kansrijkestart.mdo.reference.internal.Instrument;
import nl.kansrijkestart.mdo.reference.internal.InstrumentDomain;
import nl.kansrijkestart.mdo.reference.internal.InstrumentVersion;
import org.jspecify.annotations.Nullable;

/** Turns catalogue entities into the records other modules and the views see. */
final class InstrumentSummaries {

    private InstrumentSummaries() {}

    static InstrumentSummary instrument(Instrument instrument, List<InstrumentVersionSummary> versions) {
        return new InstrumentSummary(instrument.requireId(), instrument.getCode(), instrument.getName(),
                instrument.isValidated(), instrument.getDescription(), instrument.isActive(), versions);
    }

    static InstrumentVersionSummary version(InstrumentVersion version) {
        Instrument instrument = version.getInstrument();
        List<DomainSummary> domains = version.getDomains().stream().map(InstrumentSummaries::domain).toList();
        return new InstrumentVersionSummary(version.requireId(), instrument.requireId(), instrument.getCode(),
                instrument.getName(), instrument.isValidated(), version.getLabel(), version.isActive(),
                range(version.getTotalMin(), version.getTotalMax()), domains);
    }

    private static DomainSummary domain(InstrumentDomain domain) {
        return new DomainSummary(domain.requireId(), domain.getPosition(), domain.getCode(), domain.getName(),
                domain.getValueType(), range(domain.getScoreMin(), domain.getScoreMax()));
    }

    private static @Nullable ScoreRange range(@Nullable Integer min, @Nullable Integer max) {
        return min == null || max == null ? null : new ScoreRange(min, max);
    }
}
