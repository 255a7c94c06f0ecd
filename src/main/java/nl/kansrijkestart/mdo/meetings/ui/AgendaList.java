package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.kansrijkestart.mdo.cases.MeetingCaseSummary;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.shared.ui.Dates;

/**
 * The agenda items, each showing only what the cases module returned for this viewer, and its
 * recorded outcome and actions. The chair also sees requests, decisions and the controls to change
 * them.
 */
class AgendaList extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    AgendaList(List<AgendaEntry> entries, MeetingSummary meeting, AgendaService agendaService,
            List<MeetingSummary> moveTargets, ItemOutcomes outcomes, CurrentItem currentItem, Runnable reload) {
        setId("agenda");
        setPadding(false);
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("agenda.empty")));
        }
        List<Long> acceptedOrder = entries.stream().filter(e -> e.status() == AgendaStatus.ACCEPTED)
                .map(AgendaEntry::id).toList();
        boolean chairCanChange = meeting.chairedByMe() && meeting.status() == MeetingStatus.PLANNED;
        for (AgendaEntry entry : entries) {
            Div card = card(entry, meeting.chairedByMe());
            boolean open = entry.status() == AgendaStatus.REQUESTED || entry.status() == AgendaStatus.ACCEPTED;
            if (chairCanChange && open) {
                card.add(new AgendaItemActions(agendaService, meeting, entry, acceptedOrder, moveTargets,
                        reload));
            }
            currentItem.addTo(card, entry);
            outcomes.addTo(card, entry);
            add(card);
        }
    }

    private Div card(AgendaEntry entry, boolean chair) {
        Div card = new Div();
        card.setId("agenda-item-" + entry.key());
        card.addClassName("agenda-item");
        HorizontalLayout heading = new HorizontalLayout();
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        if (entry.position() != null && entry.status() == AgendaStatus.ACCEPTED) {
            heading.add(new Span(entry.position() + "."));
        }
        if (entry.slotStart() != null) {
            heading.add(new Span(TIME.format(entry.slotStart()) + " (" + entry.slotMinutes() + " min)"));
        }
        Span title = new Span(entry.contentHidden() ? getTranslation("agenda.hidden-case")
                : getTranslation("agenda.case-number") + " " + entry.caseNumber());
        title.addClassName("agenda-item-title");
        heading.add(title);
        if (chair) {
            Span status = new Span(getTranslation(entry.status().messageKey()));
            status.addClassName("case-status-badge");
            heading.add(status);
        }
        card.add(heading);
        if (entry.caseSummary() != null) {
            card.add(summary(entry.caseSummary(), entry.anonymous()));
        }
        if (entry.contentHidden()) {
            return card;
        }
        card.add(new Paragraph(getTranslation("agenda.question") + ": " + entry.question()));
        if (entry.parentsAttend()) {
            card.add(new Paragraph(getTranslation("agenda.parents-attend")));
        }
        card.add(new Paragraph(getTranslation("agenda.submitted-by", entry.submittedByName())));
        if (entry.rejectionReason() != null) {
            card.add(new Paragraph(getTranslation("agenda.reason") + ": " + entry.rejectionReason()));
        }
        if (entry.removalReason() != null) {
            card.add(new Paragraph(getTranslation(entry.removalReason())));
        }
        return card;
    }

    /** Identifying details only when the cases module gave them to this viewer. */
    private VerticalLayout summary(MeetingCaseSummary summary, boolean broughtAnonymously) {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        String kind = getTranslation(summary.type().messageKey());
        if (summary.anonymised()) {
            Span notice = new Span(getTranslation(broughtAnonymously ? "agenda.anonymous" : "agenda.anonymised"));
            notice.addClassName("privacy-warning");
            lines.add(new Span(kind), notice);
        } else {
            lines.add(new Span(kind + " – " + getTranslation("agenda.initials") + ": " + summary.initials()
                    + ", " + getTranslation("agenda.birth-year") + ": " + summary.parentBirthYear()));
            if (summary.expectedDueDate() != null) {
                lines.add(new Span(getTranslation("agenda.due-date") + ": "
                        + Dates.written(getLocale(), summary.expectedDueDate())));
            }
            if (summary.youngestChildBirthDate() != null) {
                lines.add(new Span(getTranslation("agenda.child-birth-date") + ": "
                        + Dates.written(getLocale(), summary.youngestChildBirthDate())));
            }
            lines.add(new Span(getTranslation("agenda.contact-person", summary.contactPersonName())));
        }
        if (summary.urgent()) {
            Span urgent = new Span(getTranslation("agenda.urgent"));
            urgent.addClassName("urgent-badge");
            lines.add(urgent);
        }
        return lines;
    }
}
