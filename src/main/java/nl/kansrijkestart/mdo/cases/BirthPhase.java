package nl.kansrijkestart.mdo.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether support started before or after the birth, as indicator 8 splits it. A pregnancy case knows
 * only the expected due date: a start before that day is before the birth, from that day on after it
 * (a baby born early is counted by its due date until the case records the birth as a family case). A
 * family case knows the youngest child's birth date. An anonymous case keeps no dates: unknown.
 */
public enum BirthPhase {
    BEFORE_BIRTH,
    AFTER_BIRTH,
    UNKNOWN;

    public static BirthPhase of(CaseType type, @Nullable LocalDate expectedDueDate,
            @Nullable LocalDate youngestChildBirthDate, LocalDate day) {
        LocalDate birth = type == CaseType.PREGNANCY ? expectedDueDate : youngestChildBirthDate;
        if (birth == null) {
            return UNKNOWN;
        }
        return day.isBefore(birth) ? BEFORE_BIRTH : AFTER_BIRTH;
    }

    public String messageKey() {
        return "birth-phase." + name();
    }
}
