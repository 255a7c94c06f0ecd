package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A plain page with a title, an explanation and the way back to the start page. */
abstract class MessagePage extends VerticalLayout {

    MessagePage() {
        addClassName("message-page");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
    }

    final void show(String titleKey, String textKey, Object... arguments) {
        removeAll();
        add(new H1(getTranslation(titleKey)),
                new Paragraph(getTranslation(textKey, arguments)),
                new Anchor("", getTranslation("error.back-to-start")));
    }
}
