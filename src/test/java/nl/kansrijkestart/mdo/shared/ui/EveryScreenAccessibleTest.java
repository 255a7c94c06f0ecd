package nl.kansrijkestart.mdo.shared.ui;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.pregnancy;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.shared.UserProfiles;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import nl.kansrijkestart.mdo.testing.Accessibility;
import nl.kansrijkestart.mdo.testing.AdjustableClock;
import nl.kansrijkestart.mdo.testing.Browser;
import nl.kansrijkestart.mdo.testing.BrowserSession;
import nl.kansrijkestart.mdo.testing.FreshSchemaOnPostgresql;
import nl.kansrijkestart.mdo.testing.SignedIn;
import nl.kansrijkestart.mdo.testing.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every screen of every role, in Dutch and in English, in a real browser: no critical or serious
 * axe-core finding against WCAG 2.1 AA (checked on the Dutch screens; English has the same keys
 * and no blank text, see TranslationsTest), the page's language declared as the one shown, and at a
 * phone's width (390×844) no sideways scrolling and the screen's primary action on the screen. The
 * Dutch screens are checked at a desktop's width and then narrowed to the phone's; the English ones
 * are opened at the phone's width.
 * One application and one signed-in browser tab per role serve all screens, so the whole tour
 * takes a few minutes at most.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = BrowserSession.WITHOUT_DEVELOPMENT_TOOLS)
@ActiveProfiles(resolver = TestDatabase.class)
@Import({FreshSchemaOnPostgresql.class, SignedIn.class, AdjustableClock.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryScreenAccessibleTest {

    private static final List<String> ROLES = List.of("verloskundige", "voorzitter", "coordinator", "admin");

    @LocalServerPort
    private int port;

    @Autowired private MeetingService meetings;
    @Autowired private AgendaService agendas;
    @Autowired private OutcomeService outcomes;
    @Autowired private CurrentItemService currentItems;
    @Autowired private CaseService cases;
    @Autowired private CurrentUserService users;
    @Autowired private UserProfiles profiles;
    @Autowired private SignedIn signedIn;
    @Autowired private AdjustableClock clock;
    @Autowired private nl.kansrijkestart.mdo.indicators.report.ReportService reports;

    private Browser browser;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    /** Per role, the language and address its tab shows now. */
    private final Map<String, String> shownPath = new LinkedHashMap<>();
    private String caseNumber;
    private long plannedMeeting;
    private long runningMeeting;
    private long draftEdition;
    private long publishedEdition;

    @BeforeAll
    void aPlannedAndARunningMeetingOfTodayWithCasesOnTheirAgendas() {
        BrowserSession.startTheDayInTheMorning(clock);
        signedIn.as("voorzitter");
        Set<Long> invited = Set.of(idOf(users, "verloskundige"), idOf(users, "jgz"));
        MeetingSummary planned = meetings.plan(mdoInArnhem(LocalDate.now(), invited));
        MeetingSummary running = meetings.plan(withStart(mdoInArnhem(LocalDate.now(), invited), LocalTime.of(15, 0)));
        signedIn.as("verloskundige");
        CaseDetails waiting = cases.register(pregnancy("A.C."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        CaseDetails discussed = cases.register(pregnancy("B.C."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        CaseDetails next = cases.register(pregnancy("C.C."), consentFor(Discipline.MIDWIFE, Discipline.JGZ));
        agendas.submit(planned.id(), waiting.caseNumber(), "Wie neemt regie?", false);
        AgendaEntry first = agendas.submit(running.id(), discussed.caseNumber(), "Is kraamzorg genoeg?", false);
        AgendaEntry second = agendas.submit(running.id(), next.caseNumber(), "Welke steun bij huisvesting?", false);
        signedIn.as("voorzitter");
        agendas.accept(first.id(), first.version());
        agendas.accept(second.id(), second.version());
        MeetingSummary started = outcomes.start(running.id(), meetings.open(running.id()).version());
        currentItems.discuss(running.id(), first.id(), started.version());
        signedIn.as("coordinator");
        int year = LocalDate.now(clock).getYear();
        publishedEdition = reports.create("GELDERLAND-MIDDEN", year - 2, year);
        reports.comment(publishedEdition, 0, "7", "Meer besprekingen in het POP-overleg.");
        reports.publish(publishedEdition, 1, Locale.forLanguageTag("nl"));
        draftEdition = reports.create("GELDERLAND-MIDDEN", year - 2, year);
        signedIn.nobody();
        caseNumber = waiting.caseNumber();
        plannedMeeting = planned.id();
        runningMeeting = running.id();

        browser = Browser.start();
        for (String role : ROLES) {
            pages.put(role, BrowserSession.signIn(browser, baseUrl(), role));
        }
        pages.put("anonymous", browser.newPage());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        clock.reset();
    }

    @TestFactory
    Stream<DynamicTest> everyScreenInDutch() {
        return screensIn(Languages.DUTCH);
    }

    @TestFactory
    Stream<DynamicTest> everyScreenInEnglish() {
        return screensIn(Languages.ENGLISH);
    }

    private Stream<DynamicTest> screensIn(Locale language) {
        ROLES.forEach(role -> profiles.rememberLocale(role, language));
        // -Dmdo.screens=REGEX checks only the screens whose name matches, while working on one.
        String only = System.getProperty("mdo.screens", "");
        return screens(language).stream().filter(screen -> only.isEmpty() || screen.title().matches(only)).map(screen -> DynamicTest.dynamicTest(
                screen.title(),
                () -> check(screen, language)));
    }

    private List<Screen> screens(Locale language) {
        List<Screen> screens = new ArrayList<>();
        if (language.equals(Languages.DUTCH)) {
            // Before sign-in the application speaks Dutch only.
            screens.add(new Screen("anonymous", "/login", "", "form.login-form", List.of("form.login-form button"), null));
        }
        String professional = "verloskundige";
        screens.add(new Screen(professional, "/", "", "h1", List.of(), null));
        screens.add(new Screen(professional, "/casussen", "", "#my-cases", List.of("#new-case"), null));
        screens.add(new Screen(professional, "/casussen/nieuw", "", "#register-case", List.of("#register-case"), null));
        screens.add(new Screen(professional, "/casussen/nieuw", "anonymous case", "#register-case", List.of("#register-case"),
                page -> page.locator("#anonymous input").check()));
        for (int tab = 0; tab < 7; tab++) {
            int index = tab;
            screens.add(new Screen(professional, "/casussen/" + caseNumber, "tab " + (tab + 1), "#case-tabs",
                    List.of("#submit-to-meeting"), page -> page.locator("#case-tabs vaadin-tab").nth(index).click()));
        }
        screens.add(new Screen(professional, "/overleggen/aanmelden/" + caseNumber, "", "#confirm-submit",
                List.of("#confirm-submit"), null));
        screens.add(new Screen(professional, "/overleggen/casus/" + caseNumber, "", "h1", List.of(), null));
        screens.add(new Screen(professional, "/casussen/" + caseNumber + "/wegwijzer", "", "#handover-contact",
                List.of("#handover-pdf"), null));
        screens.add(new Screen(professional, "/wegwijzer", "", "#wegwijzer-download", List.of("#wegwijzer-municipality"),
                null));
        screens.add(new Screen(professional, "/overleggen", "", "h1", List.of(), null));
        screens.add(new Screen(professional, "/acties", "", "h1", List.of(), null));
        screens.add(new Screen(professional, "/overleggen/" + plannedMeeting, "planned, participant", "#agenda",
                List.of("#submit-case"), null));
        screens.add(new Screen(professional, "/overleggen/" + runningMeeting, "running, participant", "#agenda",
                List.of(), null));
        screens.add(new Screen(professional, "/bestaat-niet", "not found", "h1", List.of(), null));
        String chair = "voorzitter";
        screens.add(new Screen(chair, "/", "", "h1", List.of(), null));
        screens.add(new Screen(chair, "/overleggen", "", "h1", List.of("#plan-meeting"), null));
        screens.add(new Screen(chair, "/overleggen/plannen", "", "#save-meeting", List.of("#save-meeting"), null));
        screens.add(new Screen(chair, "/overleggen/" + plannedMeeting, "planned, chair", "#agenda",
                List.of("#start-meeting"), null));
        screens.add(new Screen(chair, "/overleggen/" + runningMeeting, "running, chair", "#agenda",
                List.of("#close-meeting", "[id^=decide-roles-]", "[id^=discuss-]"), null));
        String coordinator = "coordinator";
        screens.add(new Screen(coordinator, "/", "", "h1", List.of(), null));
        screens.add(new Screen(coordinator, "/indicatoren", "", "#indicator-table", List.of("#indicator-show"), null));
        screens.add(new Screen(coordinator, "/indicatoren/rapportages", "", "#report-editions",
                List.of("#report-create", "#history-import"), null));
        screens.add(new Screen(coordinator, "/indicatoren/rapportages/" + draftEdition, "draft", "#report-table-7",
                List.of("#report-publish", "#report-commentary-save-7"), null));
        screens.add(new Screen(coordinator, "/indicatoren/rapportages/" + publishedEdition, "published",
                "#report-table-7", List.of("#report-pdf"), null));
        String admin = "admin";
        screens.add(new Screen(admin, "/", "", "h1", List.of(), null));
        screens.add(new Screen(admin, "/beheer/gebruikers", "", "#users", List.of("#new-user"), null));
        screens.add(new Screen(admin, "/beheer/gebruikers", "new user", "#users", List.of("#save-user"),
                page -> page.locator("#new-user").click()));
        screens.add(new Screen(admin, "/beheer/organisaties", "", "#organisations", List.of("#new-organisation"), null));
        screens.add(new Screen(admin, "/beheer/gemeenten", "", "#municipalities", List.of("#new-municipality"), null));
        screens.add(new Screen(admin, "/beheer/regios", "", "#regions", List.of("#new-region"), null));
        screens.add(new Screen(admin, "/beheer/instrumenten", "", "#instruments", List.of("#new-instrument"), null));
        screens.add(new Screen(admin, "/beheer/logboek", "", "#audit-entries", List.of("#audit-export"), null));
        screens.add(new Screen(admin, "/beheer/sociale-kaart", "", "#offers", List.of("#new-offer"), null));
        return screens;
    }

    private void check(Screen screen, Locale language) {
        Page page = pages.get(screen.role());
        // The axe rules run at a desktop's width, on the Dutch screens; the English screens are only
        // looked at on a phone, so they are opened at its width straight away (as a phone would).
        boolean axe = language.equals(Languages.DUTCH);
        ViewportSize first = axe ? Accessibility.DESKTOP : Accessibility.PHONE;
        page.setViewportSize(first.width, first.height);
        // Another state of the screen just checked (a tab, a dialog, a ticked box) needs no new page.
        if (!(language + screen.path()).equals(shownPath.get(screen.role()))) {
            page.navigate(baseUrl() + screen.path());
            shownPath.put(screen.role(), language + screen.path());
        }
        page.locator(screen.ready()).first().waitFor();
        if (screen.prepare() != null) {
            screen.prepare().accept(page);
        }
        BrowserSession.settle(page);
        List<String> problems = new ArrayList<>();
        Object lang = page.evaluate("() => document.documentElement.lang");
        if (!language.getLanguage().equals(lang)) {
            problems.add("<html lang=\"" + lang + "\"> on a page in " + language.getDisplayLanguage(Locale.ENGLISH));
        }
        // The axe-core rules judge structure, names, contrast and focus, which the two languages share
        // (same keys, no blank text: TranslationsTest); they run once, on the Dutch screens.
        if (axe) {
            problems.addAll(Accessibility.seriousFindings(page));
            page.setViewportSize(Accessibility.PHONE.width, Accessibility.PHONE.height);
            BrowserSession.settle(page);
        }
        problems.addAll(Accessibility.phoneProblems(page, screen.primaryActions()).stream()
                .map(problem -> "at 390×844: " + problem).toList());
        assertThat(problems).as(screen.role() + " on " + screen.path() + " " + screen.name()).isEmpty();
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private static nl.kansrijkestart.mdo.meetings.MeetingDraft withStart(nl.kansrijkestart.mdo.meetings.MeetingDraft draft,
            LocalTime start) {
        return new nl.kansrijkestart.mdo.meetings.MeetingDraft(draft.type(), draft.date(), start, draft.durationMinutes(),
                draft.place(), draft.videoLink(), draft.municipalityCode(), draft.regionCode(), draft.participantIds());
    }

    /** One state of one screen: who looks, where, what shows it is there, its primary actions. */
    private record Screen(String role, String path, String name, String ready, List<String> primaryActions,
            @Nullable Consumer<Page> prepare) {

        String title() {
            return role + " " + path + (name.isEmpty() ? "" : " (" + name + ")");
        }
    }
}
