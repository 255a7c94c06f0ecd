package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaStatus;
import nl.kansrijkestart.mdo.meetings.AgreedAction;
import nl.kansrijkestart.mdo.meetings.CaseRolesService;
import nl.kansrijkestart.mdo.meetings.ConclusionService;
import nl.kansrijkestart.mdo.meetings.MeetingStatus;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.Outcome;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.SharedField;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The outcome part of each agenda item: the recorded outcome, agreed actions and referrals for
 * everyone, and while the meeting runs the chair's forms to record them and the conclusion as the
 * chair types it. It owns one region of each agenda card: a recorded outcome, an agreed action or a
 * referral (here or on another page) reads the meeting's outcomes, actions and referrals again and
 * redraws only the regions that changed, carrying over a conclusion typed and not saved yet.
 */
final class ItemOutcomes {

    private final OutcomeService outcomeService;
    private final ConclusionService conclusions;
    private final CaseRolesService caseRoles;
    private final ActionService actionService;
    private final MeetingSummary meeting;
    private final LiveTexts live;
    private final ItemAddenda addenda;
    private final ItemReferrals referrals;
    private final Map<Long, Region> regions = new LinkedHashMap<>();
    private Map<Long, Outcome> outcomes;
    private Map<Long, List<AgreedAction>> actions;

    /** One card's region of this part, with the live texts it registered. */
    private record Region(AgendaEntry entry, Div region, List<SharedTextEditor> editors) {}

    ItemOutcomes(OutcomeService outcomeService, ConclusionService conclusions, CaseRolesService caseRoles,
            ActionService actionService, MeetingSummary meeting, LiveTexts live, ItemAddenda addenda,
            ItemReferrals referrals) {
        this.caseRoles = caseRoles;
        this.outcomeService = outcomeService;
        this.conclusions = conclusions;
        this.actionService = actionService;
        this.meeting = meeting;
        this.live = live;
        this.addenda = addenda;
        this.referrals = referrals;
        this.outcomes = readOutcomes();
        this.actions = readActions();
    }

    private Map<Long, Outcome> readOutcomes() {
        return outcomeService.outcomes(meeting.id()).stream()
                .collect(Collectors.toMap(Outcome::agendaItemId, Function.identity()));
    }

    private Map<Long, List<AgreedAction>> readActions() {
        return actionService.actions(meeting.id()).stream()
                .collect(Collectors.groupingBy(AgreedAction::agendaItemId));
    }

    void addTo(Div card, AgendaEntry entry) {
        Region region = new Region(entry, new Div(), new ArrayList<>());
        card.add(region.region());
        regions.put(entry.id(), region);
        fill(region);
    }

    /**
     * An outcome was recorded, an action agreed, a referral made or the case roles decided (here or on
     * another page): reads outcomes, actions and referrals again and redraws only the regions whose
     * recorded outcome, agreed actions or referrals changed. A conclusion saved meanwhile reaches its
     * live field in place, so a field being typed in is never replaced because something else of the
     * meeting changed (typing on its way from the browser to a replaced field would be lost).
     */
    void refresh() {
        Map<Long, Outcome> outcomesBefore = outcomes;
        Map<Long, List<AgreedAction>> actionsBefore = actions;
        outcomes = readOutcomes();
        actions = readActions();
        Set<Long> referralsChanged = referrals.reread();
        for (Region region : regions.values()) {
            long id = region.entry().id();
            if (!Objects.equals(recorded(outcomesBefore.get(id)), recorded(outcomes.get(id)))
                    || !Objects.equals(actionsBefore.get(id), actions.get(id)) || referralsChanged.contains(id)) {
                refill(region);
            } else {
                Optional.ofNullable(outcomes.get(id)).map(ItemOutcomes::saved)
                        .ifPresent(newest -> region.editors().forEach(editor -> editor.newer(newest)));
            }
        }
    }

    /** Redraws one region, carrying over a conclusion typed there and not saved yet. */
    private void refill(Region region) {
        List<SharedTextEditor.Draft> typing = new ArrayList<>();
        region.editors().forEach(editor -> {
            editor.unsaved().ifPresent(typing::add);
            live.unregister(editor);
        });
        fill(region);
        typing.forEach(draft -> region.editors().stream().filter(editor -> editor.field() == draft.field())
                .findFirst().ifPresent(editor -> editor.restore(draft)));
    }

    /** What a region shows of an outcome apart from its live conclusion; {@code null} when none is recorded. */
    private static @Nullable List<Object> recorded(@Nullable Outcome outcome) {
        if (outcome == null || outcome.status() == null) {
            return null;
        }
        return Arrays.asList(outcome.status(), outcome.followUp(), outcome.followUpDate(), outcome.followUpMeetingId());
    }

    private void fill(Region region) {
        region.region().removeAll();
        region.editors().clear();
        Div card = region.region();
        AgendaEntry entry = region.entry();
        Outcome outcome = outcomes.get(entry.id());
        boolean running = meeting.status() == MeetingStatus.RUNNING && entry.status() == AgendaStatus.ACCEPTED;
        boolean recording = running && meeting.chairedByMe();
        if (recording) {
            SharedTextEditor conclusion = conclusionEditor(entry.id(), outcome, true);
            region.editors().add(conclusion);
            card.add(new OutcomeEditor(outcomeService, entry, outcome, conclusion, this::refresh));
            addCaseRoles(card, region);
        } else if (running) {
            if (!entry.contentHidden()) {
                SharedTextEditor conclusion = conclusionEditor(entry.id(), outcome, false);
                region.editors().add(conclusion);
                card.add(conclusion);
            }
            if (outcome != null && outcome.status() != null) {
                card.add(new OutcomeLines(outcome, false));
            }
        } else if (outcome != null) {
            card.add(new OutcomeLines(outcome, true));
        }
        addenda.addTo(card, entry);
        List<AgreedAction> agreed = actions.getOrDefault(entry.id(), List.of());
        if (!agreed.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("actions.agreed")));
            agreed.forEach(action -> card.add(line(card, action)));
        }
        if (recording) {
            card.add(new ActionForm(actionService, meeting, entry, this::refresh));
        }
        referrals.addTo(card, entry, recording, this::refresh);
    }

    /** The roles form reads the roles it decides on; after a decision here its region is drawn again. */
    private void addCaseRoles(Div card, Region region) {
        try {
            card.add(new CaseRolesForm(caseRoles, region.entry(), () -> refill(region)));
        } catch (InvalidInputException erased) {
            // An erased case keeps no contact person to confirm; the rest of the outcome still counts.
        }
    }

    private SharedTextEditor conclusionEditor(long itemId, @Nullable Outcome outcome, boolean editable) {
        SharedTextEditor.Store store = new SharedTextEditor.Store() {
            @Override
            public SharedTextEditor.Saved save(@Nullable Long version, String text) {
                return saved(conclusions.write(itemId, version, text));
            }

            @Override
            public Optional<SharedTextEditor.Saved> load(@Nullable Long shownVersion) {
                return conclusions.outcome(itemId, shownVersion).map(ItemOutcomes::saved);
            }
        };
        return new SharedTextEditor(itemId, SharedField.CONCLUSION, store, outcome == null ? null : saved(outcome),
                editable, live);
    }

    static SharedTextEditor.Saved saved(Outcome outcome) {
        String conclusion = outcome.conclusion();
        return new SharedTextEditor.Saved(outcome.version(), conclusion == null ? "" : conclusion,
                outcome.recordedBy());
    }

    private static Div line(Div card, AgreedAction action) {
        Div line = new Div(new Span(action.what() + " – " + action.assigneeName() + " – "
                + card.getTranslation("actions.due", action.dueOn())));
        line.addClassName("agreed-action");
        return line;
    }
}
