package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.GuestDraft;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Participant;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;

/** The chair invites professionals with an account, and external guests by name and organisation. */
class InvitePanel extends Details {

    final ComboBox<Participant> user = new ComboBox<>();
    final TextField guestName = new TextField();
    final TextField guestOrganisation = new TextField();
    final Select<Discipline> guestDiscipline = new Select<>();

    InvitePanel(MeetingService meetings, MeetingSummary meeting, Runnable reload) {
        setSummaryText(getTranslation("meeting.invite"));
        setId("invite-panel");
        user.setLabel(getTranslation("meeting.invite-user"));
        user.setItems(ParticipantPicker.fetch(meetings));
        user.setItemLabelGenerator(p -> ParticipantPicker.label(this, p));
        FieldErrors errors = new FieldErrors(this).bind("participants", user).bind("guestName", guestName)
                .bind("guestOrganisation", guestOrganisation).bind("guestDiscipline", guestDiscipline);
        Button inviteUser = new Button(getTranslation("meeting.invite"), click -> {
            if (user.getValue() != null) {
                save(errors, reload, () -> meetings.invite(meeting.id(), meeting.version(), user.getValue().userId()));
            }
        });
        inviteUser.setId("invite-user");
        guestName.setLabel(getTranslation("meeting.guest.name"));
        guestOrganisation.setLabel(getTranslation("meeting.guest.organisation"));
        guestDiscipline.setLabel(getTranslation("meeting.guest.discipline"));
        guestDiscipline.setItems(Discipline.values());
        guestDiscipline.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        Button inviteGuest = new Button(getTranslation("meeting.invite-guest"), click -> save(errors, reload,
                () -> meetings.inviteGuest(meeting.id(), meeting.version(), new GuestDraft(guestName.getValue(),
                        guestOrganisation.getValue(), guestDiscipline.getValue()))));
        inviteGuest.setId("invite-guest");
        HorizontalLayout users = new HorizontalLayout(user, inviteUser);
        HorizontalLayout guests = new HorizontalLayout(guestName, guestOrganisation, guestDiscipline, inviteGuest);
        users.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        guests.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        guests.setWrap(true);
        add(new VerticalLayout(users, guests));
    }

    private static void save(FieldErrors errors, Runnable reload, Runnable invite) {
        try {
            invite.run();
            reload.run();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }
}
