package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import nl.kansrijkestart.mdo.cases.CaseRoles;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.CaseRolesService;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import nl.kansrijkestart.mdo.shared.ui.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * Part of the chair's outcome form: the contact person and case director, chosen from the case's
 * care team and preset to who holds them now, so recording unchanged confirms them.
 */
class CaseRolesForm extends HorizontalLayout {

    final Select<CaseRoles.Member> contactPerson = new Select<>();
    final Select<CaseRoles.Member> caseDirector = new Select<>();

    CaseRolesForm(CaseRolesService service, AgendaEntry entry, Runnable reload) {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        setId("case-roles-" + entry.key());
        CaseRoles roles = service.roles(entry.id());
        contactPerson.setLabel(getTranslation("outcome.contact-person"));
        contactPerson.setItems(roles.careTeam());
        contactPerson.setItemLabelGenerator(member -> label(member));
        contactPerson.setValue(holder(roles, roles.contactPersonUserId()));
        caseDirector.setLabel(getTranslation("outcome.case-director"));
        caseDirector.setItems(roles.careTeam());
        caseDirector.setItemLabelGenerator(member -> label(member));
        caseDirector.setEmptySelectionAllowed(true);
        caseDirector.setEmptySelectionCaption(getTranslation("outcome.case-director.none"));
        caseDirector.setValue(holder(roles, roles.caseDirectorUserId()));
        FieldErrors errors = new FieldErrors(this).bind("member", contactPerson).bind("case", contactPerson);
        Button decide = new Button(getTranslation("outcome.roles.decide"), click -> {
            try {
                if (contactPerson.getValue() != null) {
                    service.decideContactPerson(entry.id(), roles.contactPersonUserId(),
                            contactPerson.getValue().userId());
                }
                CaseRoles.Member director = caseDirector.getValue();
                service.decideCaseDirector(entry.id(), roles.caseDirectorUserId(),
                        director == null ? null : director.userId());
                Notification.show(getTranslation("outcome.roles.decided", entry.key()));
                reload.run();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        decide.setId("decide-roles-" + entry.key());
        add(contactPerson, caseDirector, decide);
    }

    /** Also asked for the empty choice of the case director, with {@code null}. */
    private String label(CaseRoles.@Nullable Member member) {
        if (member == null) {
            return getTranslation("outcome.case-director.none");
        }
        return member.name() + " (" + getTranslation(member.discipline().messageKey()) + ")";
    }

    private static CaseRoles.@Nullable Member holder(CaseRoles roles, @Nullable Long userId) {
        return roles.careTeam().stream().filter(m -> userId != null && m.userId() == userId).findFirst()
                .orElse(null);
    }
}
