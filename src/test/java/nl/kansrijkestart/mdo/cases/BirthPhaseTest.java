package nl.kansrijkestart.mdo.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthPhaseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @Test
    void aPregnancyCountsBeforeTheBirthUntilTheDayBeforeTheDueDate() {
        assertThat(BirthPhase.of(CaseType.PREGNANCY, DAY, null, DAY.minusDays(1))).isEqualTo(BirthPhase.BEFORE_BIRTH);
        assertThat(BirthPhase.of(CaseType.PREGNANCY, DAY, null, DAY)).isEqualTo(BirthPhase.AFTER_BIRTH);
        assertThat(BirthPhase.of(CaseType.PREGNANCY, DAY, null, DAY.plusDays(1))).isEqualTo(BirthPhase.AFTER_BIRTH);
    }

    @Test
    void aFamilyCountsByTheBirthDateOfItsYoungestChild() {
        assertThat(BirthPhase.of(CaseType.FAMILY, null, DAY, DAY.minusDays(1))).isEqualTo(BirthPhase.BEFORE_BIRTH);
        assertThat(BirthPhase.of(CaseType.FAMILY, null, DAY, DAY)).isEqualTo(BirthPhase.AFTER_BIRTH);
        assertThat(BirthPhase.of(CaseType.FAMILY, DAY.plusYears(1), DAY, DAY.plusDays(2)))
                .as("a family case goes by its child, not by a due date").isEqualTo(BirthPhase.AFTER_BIRTH);
    }

    @Test
    void withoutDatesAnAnonymousCaseIsUnknown() {
        assertThat(BirthPhase.of(CaseType.PREGNANCY, null, null, DAY)).isEqualTo(BirthPhase.UNKNOWN);
        assertThat(BirthPhase.of(CaseType.FAMILY, null, null, DAY)).isEqualTo(BirthPhase.UNKNOWN);
    }
}
