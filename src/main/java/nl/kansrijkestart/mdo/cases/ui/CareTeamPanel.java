package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.function.Supplier;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/** The care team, the contact person and the case director of a case, with their history. */
class CareTeamPanel extends VerticalLayout {

    private final CareTeamService careTeam;
    private final CaseEditing editing;
    private final Grid<CaseDetails.TeamMember> members = new Grid<>();
    final ComboBox<CurrentUser> newMember = new ComboBox<>();
    final Select<CaseDetails.TeamMember> contactPerson = new Select<>();
    final Select<CaseDetails.TeamMember> caseDirector = new Select<>();
    private final Grid<CaseDetails.Assignment> history = new Grid<>();
    private @Nullable CaseDetails details;

    CareTeamPanel(CareTeamService careTeam, CaseEditing editing) {
        this.careTeam = careTeam;
        this.editing = editing;
        members.setId("care-team");
        members.addColumn(CaseDetails.TeamMember::name).setHeader(getTranslation("care-team.name"));
        members.addColumn(m -> getTranslation(m.discipline().messageKey())).setHeader(getTranslation("user.discipline"));
        members.addColumn(CaseDetails.TeamMember::organisation).setHeader(getTranslation("user.organisation"));
        members.addColumn(m -> m.contactPerson() ? getTranslation("case.contact-person") : "");
        members.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        members.setAllRowsVisible(true);
        newMember.setId("new-member");
        newMember.setLabel(getTranslation("care-team.add"));
        newMember.setItemLabelGenerator(u -> u.displayName() + " – " + getTranslation(u.discipline().messageKey())
                + " (" + u.organisationName() + ")");
        newMember.setItems(query -> careTeam.candidates(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        newMember.setWidth("28rem");
        Button add = new Button(getTranslation("care-team.add.button"), click -> addMember());
        add.setId("add-member");
        contactPerson.setId("contact-person");
        contactPerson.setLabel(getTranslation("case.contact-person"));
        contactPerson.setItemLabelGenerator(m -> m == null ? "" : m.name());
        Button changeContact = new Button(getTranslation("care-team.contact.change"), click -> changeContact());
        changeContact.setId("change-contact-person");
        caseDirector.setId("case-director");
        caseDirector.setLabel(getTranslation("case.case-director"));
        caseDirector.setItemLabelGenerator(m -> m == null ? getTranslation("care-team.none") : m.name());
        caseDirector.setEmptySelectionAllowed(true);
        Button changeDirector = new Button(getTranslation("care-team.director.change"), click -> changeDirector());
        changeDirector.setId("change-case-director");
        history.setId("contact-history");
        history.addColumn(a -> getTranslation("care-team.role." + a.role().name())).setHeader(getTranslation("care-team.role"));
        history.addColumn(CaseDetails.Assignment::name).setHeader(getTranslation("care-team.name"));
        history.addColumn(a -> a.from().toString()).setHeader(getTranslation("care-team.from"));
        history.addColumn(a -> a.until() == null ? "" : a.until().toString()).setHeader(getTranslation("care-team.until"));
        history.setAllRowsVisible(true);
        add(members, row(newMember, add), row(contactPerson, changeContact), row(caseDirector, changeDirector),
                new H3(getTranslation("care-team.history")), history);
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component field, Button button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    void show(CaseDetails shown) {
        details = shown;
        members.setItems(shown.careTeam());
        contactPerson.setItems(shown.careTeam());
        shown.careTeam().stream().filter(CaseDetails.TeamMember::contactPerson).findFirst()
                .ifPresent(contactPerson::setValue);
        caseDirector.setItems(shown.careTeam());
        CaseDetails.Assignment director = shown.caseDirector();
        caseDirector.setValue(director == null ? null : shown.careTeam().stream()
                .filter(m -> m.userId() == director.userId()).findFirst().orElse(null));
        history.setItems(shown.contactHistory());
        newMember.clear();
        setEnabled(!shown.erased());
    }

    private Button removeButton(CaseDetails.TeamMember member) {
        Button remove = new Button(getTranslation("care-team.remove"),
                click -> change(() -> careTeam.removeMember(details.caseNumber(), details.version(), member.userId())));
        remove.setId("remove-member-" + member.userId());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setVisible(!member.contactPerson());
        return remove;
    }

    private void addMember() {
        CurrentUser chosen = newMember.getValue();
        if (chosen != null) {
            change(() -> careTeam.addMember(details.caseNumber(), details.version(), chosen.id()));
        }
    }

    private void changeContact() {
        CaseDetails.TeamMember chosen = contactPerson.getValue();
        if (chosen != null) {
            change(() -> careTeam.changeContactPerson(details.caseNumber(), details.version(), chosen.userId()));
        }
    }

    private void changeDirector() {
        CaseDetails.TeamMember chosen = caseDirector.getValue();
        change(() -> careTeam.setCaseDirector(details.caseNumber(), details.version(),
                chosen == null ? null : chosen.userId()));
    }

    private void change(Supplier<CaseDetails> action) {
        if (details == null) {
            return;
        }
        editing.apply(this, action, this::refused);
    }

    private void refused(InvalidInputException refusal) {
        var problem = refusal.problems().getFirst();
        String message = FieldErrors.translate(this, problem.messageKey(), problem.arguments());
        newMember.setErrorMessage(message);
        newMember.setInvalid(true);
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
