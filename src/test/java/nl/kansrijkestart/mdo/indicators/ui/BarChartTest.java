package nl.kansrijkestart.mdo.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void barsOfDifferentYearsShareOneScaleSoTheyCanBeCompared() {
        String smallYear = BarChart.svg("2024", List.of(new BarChart.Bar("Zwangeren", 50, "50")), 100, "table");
        String bigYear = BarChart.svg("2025", List.of(new BarChart.Bar("Zwangeren", 100, "100")), 100, "table");
        assertThat(smallYear).contains("width=\"150\"");
        assertThat(bigYear).contains("width=\"300\"");
    }

    @Test
    void labelsAreEscaped() {
        assertThat(BarChart.svg("<b>", List.of(new BarChart.Bar("a&b", 1, "<10")), 1, "table"))
                .contains("&lt;b&gt;").contains("a&amp;b").doesNotContain("<b>");
    }

    @Test
    void theChartScalesToTheScreenAndPointsToTheTableWithItsNumbers() {
        String svg = BarChart.svg("2025", List.of(new BarChart.Bar("Zwangeren", 12, "12")), 12, "indicator-table");
        assertThat(svg).contains("viewBox=\"0 0 690 48\"").contains("width: 100%")
                .contains("aria-describedby=\"indicator-table\"").doesNotContain("<svg width=");
    }
}
