package nl.kansrijkestart.mdo.cases;

import java.util.List;
import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/** Who may hold the contact person and case director roles of a case, and who holds them now. */
public record CaseRoles(String caseNumber, @Nullable Long contactPersonUserId, @Nullable Long caseDirectorUserId,
        List<Member> careTeam) {

    public record Member(long userId, String name, Discipline discipline) {}
}
