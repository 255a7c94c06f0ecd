package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.Referral;
import nl.kansrijkestart.mdo.meetings.ReferralService;

/**
 * The referrals of each item's outcome, part of the outcome region ({@link ItemOutcomes}): for
 * every reader those the service gives within the consent scope, and while the meeting runs the
 * chair's form to add one. They are read once for the whole meeting and again with each change of
 * the outcomes, so a referral made on another page appears with that page's outcome update; the
 * region of an item is drawn again only when its referrals changed. A referral moved on afterwards
 * (on the case page or through the API) reaches the open page as a change of the referrals alone
 * ({@link #refresh()}): only the lines of the items whose referrals changed are drawn again, and
 * the rest of the outcome region (a conclusion being typed, an open form) stays in place. The page
 * tells the service which referrals it shows already (and those its chair just made), so only what
 * is new to it is logged.
 */
final class ItemReferrals {

    private final ReferralService service;
    private final long meetingId;
    private final Map<Long, Long> shown = new HashMap<>();
    /** Of each item drawn, the part of its region that holds its referral lines. */
    private final Map<Long, Div> lines = new HashMap<>();
    private Map<Long, List<Referral>> byItem;

    ItemReferrals(ReferralService service, long meetingId) {
        this.service = service;
        this.meetingId = meetingId;
        this.byItem = read();
    }

    private Map<Long, List<Referral>> read() {
        List<Referral> found = service.ofMeeting(meetingId, shown);
        shown.clear();
        found.forEach(referral -> shown.put(referral.id(), referral.version()));
        return found.stream()
                .collect(Collectors.groupingBy(referral -> Objects.requireNonNull(referral.agendaItemId())));
    }

    /** Reads the referrals again; answers the items whose referrals changed (a status too). */
    Set<Long> reread() {
        Map<Long, List<Referral>> before = byItem;
        byItem = read();
        Set<Long> changed = new HashSet<>(before.keySet());
        changed.addAll(byItem.keySet());
        changed.removeIf(itemId -> Objects.equals(before.get(itemId), byItem.get(itemId)));
        return changed;
    }

    /**
     * A referral of this meeting moved on: reads the referrals again, as this page's viewer and
     * within its consent scope, and draws again only the lines of the items whose referrals changed.
     */
    void refresh() {
        for (long itemId : reread()) {
            Div shownLines = lines.get(itemId);
            if (shownLines != null) {
                fill(shownLines, itemId);
            }
        }
    }

    private void fill(Div shownLines, long itemId) {
        shownLines.removeAll();
        List<Referral> referrals = byItem.getOrDefault(itemId, List.of());
        if (!referrals.isEmpty()) {
            shownLines.add(new Paragraph(shownLines.getTranslation("referral.title")));
            referrals.forEach(referral -> shownLines.add(new ReferralLine(referral)));
        }
    }

    /**
     * Adds the item's referrals to its region and, for the chair recording the outcome, a button that
     * opens the form; {@code saved} runs after a referral was recorded.
     */
    void addTo(Div region, AgendaEntry entry, boolean recording, Runnable saved) {
        Div shownLines = new Div();
        shownLines.setId("referrals-" + entry.key());
        lines.put(entry.id(), shownLines);
        region.add(shownLines);
        fill(shownLines, entry.id());
        String caseNumber = entry.caseNumber();
        if (recording && caseNumber != null) {
            Div slot = new Div();
            Button open = new Button(region.getTranslation("referral.new"), VaadinIcon.PLUS.create());
            open.setId("new-referral-" + entry.key());
            open.addClickListener(click -> {
                slot.removeAll();
                slot.add(new ReferralForm(service, caseNumber, entry.id(), entry.key(), null, made -> {
                    shown.put(made.id(), made.version());
                    saved.run();
                }));
            });
            slot.add(open);
            region.add(slot);
        }
    }
}
