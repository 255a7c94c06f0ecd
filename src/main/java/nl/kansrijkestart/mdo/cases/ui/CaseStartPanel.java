package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import nl.kansrijkestart.mdo.cases.CaseFilter;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentState;
import nl.kansrijkestart.mdo.shared.CurrentAuthentication;
import nl.kansrijkestart.mdo.shared.ui.StartPanel;

/**
 * The start page's block of the cases module: how many of the professional's cases are urgent or
 * lack a valid consent, each a link to the case list filtered on it. Counts only, no case data.
 */
@org.springframework.stereotype.Component
class CaseStartPanel implements StartPanel {

    private final CaseService cases;
    private final CurrentAuthentication authentication;

    CaseStartPanel(CaseService cases, CurrentAuthentication authentication) {
        this.cases = cases;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<com.vaadin.flow.component.Component> create() {
        if (!authentication.hasRole("PROFESSIONAL")) {
            return List.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(MyCasesView.URGENT_PARAMETER, cases.countMyCases(
                new CaseFilter(null, null, null, true, null, null)));
        for (ConsentState state : new ConsentState[] {ConsentState.EXPIRED, ConsentState.WITHDRAWN, ConsentState.NONE}) {
            counts.put(state.name(), cases.countMyCases(new CaseFilter(null, null, null, false, state, null)));
        }
        return List.of(new Attention(counts));
    }

    /** One line per kind of attention with cases, each a link to "Mijn casussen" filtered on it. */
    static final class Attention extends Div {

        Attention(Map<String, Integer> counts) {
            setId("start-cases");
            addClassName("start-panel");
            add(new H2(getTranslation("start.cases.title")));
            counts.forEach((kind, count) -> {
                if (count > 0) {
                    boolean urgent = kind.equals(MyCasesView.URGENT_PARAMETER);
                    RouterLink link = new RouterLink(getTranslation("start.cases." + kind, count), MyCasesView.class);
                    link.setQueryParameters(QueryParameters.of(urgent ? MyCasesView.URGENT_PARAMETER
                            : MyCasesView.CONSENT_PARAMETER, urgent ? "ja" : kind));
                    link.setId("start-cases-" + kind);
                    Div line = new Div(link);
                    line.addClassName("start-line");
                    add(line);
                }
            });
            if (counts.values().stream().allMatch(count -> count == 0)) {
                add(new Paragraph(getTranslation("start.cases.none")));
            }
            add(new RouterLink(getTranslation("start.cases.all"), MyCasesView.class));
        }
    }
}
