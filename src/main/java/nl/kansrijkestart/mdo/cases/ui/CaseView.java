package nl.kansrijkestart.mdo.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CareTeamService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseNotAccessibleException;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.ConsentService;
import nl.kansrijkestart.mdo.cases.NetworkService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.MunicipalityService;
import nl.kansrijkestart.mdo.shared.ui.AccessibleTabs;
import nl.kansrijkestart.mdo.shared.ui.CaseSection;
import org.jspecify.annotations.Nullable;

/**
 * One case: summary and the tabs for its data, consent, care team, instrument results, network
 * map and timeline, followed by the tabs other modules add ({@link CaseSection}, such as the
 * referrals); {@code ?tab=} in the address opens one of those. A case number that does not exist
 * or is not the user's shows the same "not found" page.
 */
@Route("casussen/:caseNumber")
@RolesAllowed("PROFESSIONAL")
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final H1 title = new H1();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final Paragraph erasedNotice = new Paragraph();
    private final Button submitToMeeting = new Button();
    private final Button meetingMinutes = new Button();
    private final CaseDataPanel data;
    private final ConsentPanel consents;
    private final CareTeamPanel careTeam;
    private final AssessmentPanel assessments;
    private final NetworkPanel network;
    private final TimelinePanel timeline = new TimelinePanel();
    private final TabSheet tabs = AccessibleTabs.of(new TabSheet());
    private final Map<CaseSection, Div> sections = new LinkedHashMap<>();
    private final Map<String, Tab> sectionTabs = new LinkedHashMap<>();
    private final WegwijzerLink wegwijzer = new WegwijzerLink();
    private @Nullable CaseDetails current;
    /** The case whose content the added tabs show. */
    private @Nullable String sectionsOf;

    CaseView(CaseService cases, ConsentService consentService, CareTeamService careTeamService,
            AssessmentService assessmentService, NetworkService networkService, MunicipalityService municipalities,
            InstrumentCatalogue catalogue, CurrentUserService currentUser, Clock clock, List<CaseSection> added) {
        this.cases = cases;
        CaseEditing editing = new CaseEditing(this::show, this::reload, clock);
        this.data = new CaseDataPanel(cases, municipalities.municipalities(), editing);
        this.consents = new ConsentPanel(consentService, editing);
        this.careTeam = new CareTeamPanel(careTeamService, editing);
        this.assessments = new AssessmentPanel(assessmentService,
                catalogue.instruments().stream().flatMap(instrument -> instrument.versions().stream()).toList(),
                currentUser.require().displayName(), editing);
        this.network = new NetworkPanel(networkService, editing);
        // By address, not by view class: the meetings module depends on cases, not the other way round.
        submitToMeeting.setText(getTranslation("agenda.submit.from-case"));
        submitToMeeting.addClickListener(click -> {
            if (current != null) {
                UI.getCurrent().navigate("overleggen/aanmelden/" + current.caseNumber());
            }
        });
        submitToMeeting.setId("submit-to-meeting");
        meetingMinutes.setText(getTranslation("minutes.open"));
        meetingMinutes.addClickListener(click -> {
            if (current != null) {
                UI.getCurrent().navigate("overleggen/casus/" + current.caseNumber());
            }
        });
        meetingMinutes.setId("meeting-minutes");
        erasedNotice.setText(getTranslation("case.erased.notice"));
        erasedNotice.addClassName("privacy-warning");
        tabs.setId("case-tabs");
        tabs.add(getTranslation("case.tab.data"), data);
        tabs.add(getTranslation("case.tab.consent"), consents);
        tabs.add(getTranslation("case.tab.care-team"), careTeam);
        tabs.add(getTranslation("assessment.tab"), assessments);
        tabs.add(getTranslation("network.tab"), network);
        tabs.add(getTranslation("case.tab.timeline"), timeline);
        added.stream().sorted(Comparator.comparingInt(CaseSection::order)).forEach(section -> {
            Div holder = new Div();
            holder.setWidthFull();
            sections.put(section, holder);
            sectionTabs.put(section.key(), tabs.add(getTranslation(section.titleKey()), holder));
        });
        tabs.setWidthFull();
        add(title, badges, new HorizontalLayout(submitToMeeting, meetingMinutes), erasedNotice, tabs);
        addComponentAtIndex(indexOf(tabs), wegwijzer);
    }

    public static RouteParameters parameters(String caseNumber) {
        return new RouteParameters("caseNumber", caseNumber);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get("caseNumber").orElse("");
        try {
            show(cases.open(caseNumber));
        } catch (CaseNotAccessibleException unknownOrForbidden) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        event.getLocation().getQueryParameters().getSingleParameter(CaseSection.TAB_PARAMETER)
                .map(sectionTabs::get).ifPresent(tabs::setSelectedTab);
    }

    private void reload() {
        if (current != null) {
            show(cases.open(current.caseNumber()));
        }
    }

    private void show(CaseDetails details) {
        current = details;
        title.setText(getTranslation("case.title", details.caseNumber()));
        badges.removeAll();
        badges.add(badge(getTranslation(details.type().messageKey()), "case-type-badge"),
                badge(getTranslation(details.status().messageKey()), "case-status-badge"),
                badge(getTranslation(details.consentState().messageKey()), "consent-state-badge"));
        if (details.anonymous()) {
            badges.add(badge(getTranslation("case.anonymous.short"), "anonymous-badge"));
        }
        if (details.urgent()) {
            badges.add(badge(getTranslation("case.urgent"), "urgent-badge"));
        }
        erasedNotice.setVisible(details.erased());
        submitToMeeting.setVisible(!details.erased());
        meetingMinutes.setVisible(!details.erased());
        data.show(details);
        consents.show(details);
        careTeam.show(details);
        assessments.show(details);
        network.show(details);
        timeline.show(details);
        if (!details.caseNumber().equals(sectionsOf)) {
            sectionsOf = details.caseNumber();
            sections.forEach((section, holder) -> {
                holder.removeAll();
                holder.add(section.create(details.caseNumber()));
            });
        }
        wegwijzer.show(details);
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassName(className);
        return badge;
    }

    @Nullable CaseDetails current() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("case.my-cases") : getTranslation("case.title", current.caseNumber());
    }
}
