package nl.kansrijkestart.mdo.shared.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import nl.kansrijkestart.mdo.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class ErrorHandlingTest extends UiTest {

    @Test
    void anUnexpectedErrorShowsAFriendlyMessageWithAReference() {
        String message = notificationAfter(new IllegalStateException("database on fire"));
        assertThat(message).startsWith("Er ging iets mis.").doesNotContain("database on fire")
                .containsPattern("referentie [A-Z2-9]{8} ");
    }

    @Test
    void aChangeBySomeoneElseAsksToReload() {
        String message = notificationAfter(new RuntimeException(
                new ObjectOptimisticLockingFailureException("UserAccount", 1L)));
        assertThat(message).startsWith("Iemand anders heeft deze gegevens intussen gewijzigd.");
    }

    @Test
    void aRefusedPermissionSaysSoWithoutAReference() {
        assertThat(notificationAfter(new AccessDeniedException("no")))
                .isEqualTo("U heeft geen toegang tot deze gegevens of functie.");
    }

    @Test
    void aPageThatFailsToOpenShowsTheReferenceInsteadOfATrace() {
        loginAs("verloskundige");
        InternalErrorView view = new InternalErrorView();
        int status = view.setErrorParameter(null, new ErrorParameter<>(Exception.class, new IllegalStateException("x")));
        assertThat(status).isEqualTo(500);
        assertThat(view.getElement().getTextRecursively()).contains("Er ging iets mis").containsPattern("[A-Z2-9]{8}")
                .doesNotContain("IllegalStateException");
    }

    private String notificationAfter(Throwable failure) {
        loginAs("verloskundige");
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        MockVaadin.runUIQueue();
        List<Notification> shown = getNotifications();
        assertThat(shown).hasSize(1);
        return shown.getFirst().getElement().getProperty("text");
    }
}
