package nl.kansrijkestart.mdo.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.CountingFacts;
import nl.kansrijkestart.mdo.cases.meetingaccess.CountingTokens;
import nl.kansrijkestart.mdo.indicators.internal.CountingEvent;
import nl.kansrijkestart.mdo.indicators.internal.CountingEventRepository;
import nl.kansrijkestart.mdo.meetings.CaseDiscussed;
import nl.kansrijkestart.mdo.reference.RegionService;
import nl.kansrijkestart.mdo.reference.RegionSummary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a counting event for every discussed case. Runs in the transaction of the chair's
 * record, so a discussion is stored with its count or not at all; the meetings module publishes
 * each agenda item once. The case number is used only to fetch the token and is not kept.
 */
@Component
class CaseDiscussedCounter {

    private final CountingEventRepository events;
    private final CountingTokens tokens;
    private final RegionService regions;
    private final Clock clock;

    CaseDiscussedCounter(CountingEventRepository events, CountingTokens tokens, RegionService regions, Clock clock) {
        this.events = events;
        this.tokens = tokens;
        this.regions = regions;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(CaseDiscussed discussed) {
        CountingFacts facts = tokens.tokenFor(discussed.caseNumber(), discussed.meetingDate().getYear());
        events.saveAndFlush(new CountingEvent(discussed.meetingDate(), LocalDate.now(clock),
                facts.municipalityCode(), regionsOf(facts.municipalityCode(), discussed.meetingDate()),
                discussed.meetingType(), facts.type(), facts.anonymous(),
                facts.token()));
    }

    /**
     * Every region, at any depth, that held the municipality on the day of the discussion (the
     * meeting's date), also when the outcome is recorded days later and the members changed since.
     */
    private Set<String> regionsOf(String municipalityCode, LocalDate day) {
        return regions.regionsOn(day).stream()
                .filter(region -> region.allMunicipalityCodes().contains(municipalityCode))
                .map(RegionSummary::code)
                .collect(Collectors.toSet());
    }
}
