package nl.kansrijkestart.mdo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import java.util.List;
import nl.kansrijkestart.mdo.audit.AuditEntryView;
import nl.kansrijkestart.mdo.audit.AuditLogService;
import nl.kansrijkestart.mdo.audit.AuditQuery;
import nl.kansrijkestart.mdo.cases.ui.CaseView;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import nl.kansrijkestart.mdo.shared.audit.AuditOutcome;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** Refusals by role are in the access log, one entry per refused request. */
class RefusalLoggingTest extends UiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AuditLogService auditLog;

    @Autowired
    private SignedIn signedIn;

    @Test
    void aCoordinatorAskingTheApiForACaseIsRefusedAndLoggedOnce() throws Exception {
        mvc.perform(get("/api/v1/cases/KS-WEIG-ER01").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isForbidden());

        assertThat(refusalsOf("KS-WEIG-ER01")).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("coordinator");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.action()).isEqualTo(AuditAction.READ);
            assertThat(entry.detail()).contains("refused by role");
        });
    }

    @Test
    void anAdministratorAskingTheApiForACaseIsLoggedOncePerRequest() throws Exception {
        for (int request = 0; request < 2; request++) {
            mvc.perform(get("/api/v1/cases/KS-WEIG-ER02").with(httpBasic("admin", "demo")))
                    .andExpect(status().isForbidden());
        }
        assertThat(refusalsOf("KS-WEIG-ER02")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.username()).isEqualTo("admin"));
    }

    @Test
    void aCoordinatorOpeningACaseScreenIsLogged() {
        loginAs("coordinator");
        UI.getCurrent().navigate(CaseView.class, CaseView.parameters("KS-WEIG-ER03"));

        List<AuditEntryView> refused = asAdmin(() -> auditLog.find(
                new AuditQuery(null, "coordinator", null, AuditOutcome.DENIED, null, null), PageRequest.of(0, 50)));
        assertThat(refused).anySatisfy(entry -> assertThat(entry.detail()).contains("/casussen/KS-WEIG-ER03"));
    }

    private List<AuditEntryView> refusalsOf(String caseNumber) {
        return asAdmin(() -> auditLog.find(new AuditQuery(caseNumber, null, null, AuditOutcome.DENIED, null, null),
                PageRequest.of(0, 10)));
    }

    private <T> T asAdmin(java.util.function.Supplier<T> query) {
        signedIn.as("admin");
        try {
            return query.get();
        } finally {
            signedIn.nobody();
        }
    }
}
