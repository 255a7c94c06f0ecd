package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/** Who has the meeting open right now, as avatars with their names. */
class LivePresence extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();

    LivePresence() {
        setId("live-presence");
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Span label = new Span(getTranslation("live.online"));
        label.addClassName("presence-label");
        add(label, avatars);
        setFlexGrow(1, avatars);
    }

    void show(List<String> names) {
        avatars.setItems(names.stream().map(AvatarGroupItem::new).toList());
        getElement().setAttribute("title", String.join(", ", names));
    }

    List<String> names() {
        return avatars.getItems().stream().map(AvatarGroupItem::getName).toList();
    }
}
