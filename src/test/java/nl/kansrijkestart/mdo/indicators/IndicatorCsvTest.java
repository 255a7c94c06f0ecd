package nl.kansrijkestart.mdo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The two CSV layouts of indicator 7: the regional report and the long (tidy) format. */
class IndicatorCsvTest {

    private static final IndicatorReport REPORT = new IndicatorReport(
            new IndicatorRequest(2024, 2026, Period.YEAR, Grouping.CASE_AND_MEETING_TYPE, null), 10, List.of(
                    new IndicatorCell("2024", "PREGNANCY/POP", Count.shown(12), Count.shown(20)),
                    new IndicatorCell("2025", "PREGNANCY/POP", Count.hidden(), Count.shown(0)),
                    new IndicatorCell("2025", "FAMILY/MDO_VULNERABLE_PREGNANCY", Count.shown(31), Count.shown(44))),
            List.of("2026"), true);

    /** The same counts with every year published as it stands (the default setting). */
    private static final IndicatorReport RUNNING = new IndicatorReport(
            new IndicatorRequest(2024, 2025, Period.YEAR, Grouping.CASE_AND_MEETING_TYPE, null), 10,
            REPORT.cells(), List.of(), false);

    private final IndicatorCsv csv = new IndicatorCsv(messages());

    @Test
    void theReportLayoutHasOneRowPerCaseAndMeetingTypeAndOneColumnPerYearAndSaysWhyTheRunningYearIsEmpty()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeReport(REPORT, Languages.DUTCH, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).startsWith(
                "Indicator,2024,2025,2026",
                "Aantal gezinnen in het MDO Kwetsbaar Zwanger,0,31,nog niet gepubliceerd",
                "Aantal zwangeren in het POP-overleg,12,<10,nog niet gepubliceerd",
                "Aantal besprekingen van gezinnen in het MDO Kwetsbaar Zwanger,0,44,nog niet gepubliceerd",
                "Aantal besprekingen van zwangeren in het POP-overleg,20,0,nog niet gepubliceerd");
        assertThat(lines).hasSize(6);
        assertThat(lines[5]).contains("Nog niet gepubliceerd: de periode loopt nog.");
    }

    @Test
    void byDefaultBothLayoutsHaveTheirColumnsWithoutAnyPublishedColumn() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        csv.writeReport(RUNNING, Languages.DUTCH, report);
        ByteArrayOutputStream tidy = new ByteArrayOutputStream();
        csv.writeLong(RUNNING, tidy);

        assertThat(report.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "Indicator,2024,2025",
                "Aantal gezinnen in het MDO Kwetsbaar Zwanger,0,31",
                "Aantal zwangeren in het POP-overleg,12,<10",
                "Aantal besprekingen van gezinnen in het MDO Kwetsbaar Zwanger,0,44",
                "Aantal besprekingen van zwangeren in het POP-overleg,20,0");
        assertThat(tidy.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(7).contains(
                "indicator,period,grouping,group,measure,value,suppressed,threshold",
                "7,2024,CASE_AND_MEETING_TYPE,PREGNANCY/POP,cases,12,false,10",
                "7,2025,CASE_AND_MEETING_TYPE,PREGNANCY/POP,cases,,true,10");
    }

    @Test
    void withCompleteYearsOnlyTheLongLayoutSaysPerRowWhetherItsPeriodIsPublished() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeLong(REPORT, out);

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(8).contains(
                "indicator,period,grouping,group,measure,value,suppressed,threshold,published",
                "7,2024,CASE_AND_MEETING_TYPE,PREGNANCY/POP,cases,12,false,10,true",
                "7,2025,CASE_AND_MEETING_TYPE,PREGNANCY/POP,cases,,true,10,true",
                "7,2026,CASE_AND_MEETING_TYPE,,,,false,10,false");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.of("nl"));
        return messages;
    }
}