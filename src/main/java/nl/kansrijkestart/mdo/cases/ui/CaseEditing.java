package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.shared.ConcurrentChangeException;
import nl.kansrijkestart.mdo.shared.InvalidInputException;

/**
 * How every panel of the case page saves: show the saved case, explain a refusal, or, when someone
 * else changed the case in the meantime, say who and offer to reload.
 */
final class CaseEditing {

    private final Consumer<CaseDetails> show;
    private final Runnable reload;
    private final Clock clock;

    CaseEditing(Consumer<CaseDetails> show, Runnable reload, Clock clock) {
        this.show = show;
        this.reload = reload;
        this.clock = clock;
    }

    /** Today, for the defaults of dialogs: from the application clock, like the services. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Returns whether the change was saved. */
    boolean apply(Component owner, Supplier<CaseDetails> change, Consumer<InvalidInputException> refused) {
        try {
            CaseDetails saved = change.get();
            Notification.show(owner.getTranslation("saved"));
            show.accept(saved);
            return true;
        } catch (InvalidInputException refusal) {
            refused.accept(refusal);
            return false;
        } catch (ConcurrentChangeException concurrent) {
            offerReload(owner, concurrent);
            return false;
        }
    }

    private void offerReload(Component owner, ConcurrentChangeException concurrent) {
        Notification notice = new Notification();
        notice.setId("concurrent-change");
        notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notice.setPosition(Notification.Position.MIDDLE);
        Button reloadButton = new Button(owner.getTranslation("case.reload"), click -> {
            notice.close();
            reload.run();
        });
        reloadButton.setId("reload-case");
        HorizontalLayout content = new HorizontalLayout(
                new Span(owner.getTranslation("error.changed-by", concurrent.changedBy())), reloadButton);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notice.add(content);
        notice.open();
    }
}
