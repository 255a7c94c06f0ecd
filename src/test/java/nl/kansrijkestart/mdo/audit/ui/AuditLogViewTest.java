package nl.kansrijkestart.mdo.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.AuditEvent;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.shared.ui.AccessDeniedView;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class AuditLogViewTest extends UiTest {

    @Autowired
    private ApplicationEventPublisher events;

    @Test
    void filteringByUserNameShowsOnlyThatUsersEntries() {
        publish("scherm.een", "SCHERM-1", AuditAction.READ, AuditOutcome.SUCCESS);
        publish("scherm.een", "SCHERM-2", AuditAction.UPDATE, AuditOutcome.DENIED);
        publish("scherm.twee", "SCHERM-1", AuditAction.READ, AuditOutcome.SUCCESS);
        loginAs("admin");
        UI.getCurrent().navigate(AuditLogView.class);
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.filters.username, "Scherm.Een");

        assertThat(_findAll(grid())).extracting(AuditEntryView::username, AuditEntryView::caseNumber)
                .containsExactly(tuple("scherm.een", "SCHERM-2"), tuple("scherm.een", "SCHERM-1"));
        assertThat(_getFormattedRow(grid(), 0)).contains("Wijzigen", "Geweigerd", "care-team, consent:active");
    }

    @Test
    void theFiltersCombineAndTheDownloadFollowsThem() {
        publish("scherm.drie", "SCHERM-3", AuditAction.READ, AuditOutcome.SUCCESS);
        publish("scherm.drie", "SCHERM-3", AuditAction.READ, AuditOutcome.DENIED);
        publish("scherm.vier", "SCHERM-3", AuditAction.READ, AuditOutcome.DENIED);
        loginAs("admin");
        UI.getCurrent().navigate(AuditLogView.class);
        AuditLogView view = _get(AuditLogView.class);

        _setValue(view.filters.caseNumber, "SCHERM-3");
        _setValue(view.filters.outcome, AuditOutcome.DENIED);

        assertThat(_findAll(grid())).extracting(AuditEntryView::username)
                .containsExactly("scherm.vier", "scherm.drie");
        String csv = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("audit-export"))),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3).element(1).asString().contains("scherm.vier", "SCHERM-3", "DENIED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"verloskundige", "voorzitter", "coordinator"})
    void onlyTheApplicationManagerOpensTheLog(String username) {
        loginAs(username);
        UI.getCurrent().navigate("beheer/logboek");
        _assertNone(AuditLogView.class);
        _assertOne(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntryView> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-entries"));
    }

    private void publish(String username, String caseNumber, AuditAction action, AuditOutcome outcome) {
        events.publishEvent(new AuditEvent(Instant.now(), new AuditActor(username, "PROFESSIONAL", "GP", "Praktijk"),
                null, caseNumber, action, "case", outcome, List.of("care-team", "consent:active"), null));
    }
}
