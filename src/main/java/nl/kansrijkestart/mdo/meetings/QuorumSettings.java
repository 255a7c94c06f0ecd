package nl.kansrijkestart.mdo.meetings;

import java.util.Map;
import java.util.Set;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The disciplines a meeting type needs present ({@code core}) and would ideally have ({@code ideal}),
 * from {@code mdo.meetings.quorum.<TYPE>.core/ideal}; coalitions set their own.
 */
@ConfigurationProperties("mdo.meetings")
record QuorumSettings(Map<MeetingType, Rule> quorum) {

    record Rule(Set<Discipline> core, Set<Discipline> ideal) {}

    Rule ruleFor(MeetingType type) {
        return quorum.getOrDefault(type, new Rule(Set.of(), Set.of()));
    }
}
