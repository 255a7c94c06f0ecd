package nl.kansrijkestart.mdo.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary.Participant;

/** Professionals to invite, searched by name as the chair types. */
final class ParticipantPicker {

    private ParticipantPicker() {}

    static CallbackDataProvider.FetchCallback<Participant, String> fetch(MeetingService meetings) {
        return query -> meetings.candidates(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit());
    }

    static String label(Component owner, Participant participant) {
        return participant.name() + " (" + owner.getTranslation(participant.discipline().messageKey()) + ")";
    }
}
