package nl.kansrijkestart.mdo.api;

import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.consentFor;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.idOf;
import static nl.kansrijkestart.mdo.meetings.MeetingFixtures.mdoInArnhem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.cases.AssessmentDraft;
import nl.kansrijkestart.mdo.cases.AssessmentService;
import nl.kansrijkestart.mdo.cases.CaseDetails;
import nl.kansrijkestart.mdo.cases.CaseDraft;
import nl.kansrijkestart.mdo.cases.CaseService;
import nl.kansrijkestart.mdo.cases.CaseType;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.cases.ReportedRiskLevel;
import nl.kansrijkestart.mdo.cases.Respondent;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.identity.Discipline;
import nl.kansrijkestart.mdo.indicators.report.ReportService;
import nl.kansrijkestart.mdo.meetings.ActionDraft;
import nl.kansrijkestart.mdo.meetings.ActionService;
import nl.kansrijkestart.mdo.meetings.AddendumService;
import nl.kansrijkestart.mdo.meetings.AgendaEntry;
import nl.kansrijkestart.mdo.meetings.AgendaService;
import nl.kansrijkestart.mdo.meetings.CurrentItemService;
import nl.kansrijkestart.mdo.meetings.FollowUp;
import nl.kansrijkestart.mdo.meetings.MeetingAgenda;
import nl.kansrijkestart.mdo.meetings.MeetingService;
import nl.kansrijkestart.mdo.meetings.MeetingSummary;
import nl.kansrijkestart.mdo.meetings.NotesService;
import nl.kansrijkestart.mdo.meetings.OutcomeDraft;
import nl.kansrijkestart.mdo.meetings.OutcomeService;
import nl.kansrijkestart.mdo.meetings.OutcomeStatus;
import nl.kansrijkestart.mdo.meetings.ReferralService;
import nl.kansrijkestart.mdo.offer.LocalOfferService;
import nl.kansrijkestart.mdo.reference.InstrumentCatalogue;
import nl.kansrijkestart.mdo.reference.InstrumentVersionSummary;
import nl.kansrijkestart.mdo.testing.IntegrationTest;
import nl.kansrijkestart.mdo.testing.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every operation of the API (as Spring maps them, so a new endpoint cannot hide) called by every
 * kind of caller, each cell with the status it must answer; and no answer to a caller outside the
 * case's scope carries a word written about the case.
 *
 * <p>The callers are demo accounts in one fixture (a {@link World}): a case of the midwife
 * ({@code verloskundige}, its care team) with a consent for midwives and JGZ, on the agenda of an
 * MDO that {@code voorzitter} (JGZ, inside the consent) chairs and to which the midwife and the GP
 * {@code huisarts} (outside the consent) are invited. {@code gynaecoloog} is a professional with no
 * part in it, {@code pop-voorzitter} chairs other meetings, {@code indicator-feed} is the monitoring
 * partner's service account.
 *
 * <p><b>Adding an endpoint:</b> add one row to {@link #MATRIX} (operation as the failure message
 * names it, the state of the meeting it needs, one status per caller). A write that needs a body
 * gets one in {@link #BODIES}; path variables, {@code If-Match} and {@code If-None-Match} are
 * filled in from the fixture by name. Refusals in a row run first on one fixture; every write
 * expected to succeed gets a fresh fixture, so the cells do not depend on each other.
 */
@IntegrationTest
@TestPropertySource(properties = "mdo.test.context=endpoint-matrix")
class EndpointRoleMatrixTest {

    /** Callers, in the order of the matrix's columns; {@code null} signs in as nobody. */
    private static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, false),
            new Caller("team", "verloskundige", true),
            new Caller("off-team", "gynaecoloog", false),
            new Caller("outside", "huisarts", false),
            new Caller("chair", "voorzitter", true),
            new Caller("other-chair", "pop-voorzitter", false),
            new Caller("coordinator", "coordinator", false),
            new Caller("admin", "admin", false),
            new Caller("feed", "indicator-feed", false));

    /**
     * One row per operation. Fixture: {@code none} (no meeting or case needed), {@code planned}
     * (in nine days), {@code due} (planned for today, so it can start),
     * {@code running} (started, the case discussed: notes, outcome and an action of the midwife
     * written) or {@code closed} (and an addendum written). Columns as {@link #CALLERS}.
     *
     * <p>What the statuses say: 401 without credentials; 403 where the role gives no access at all
     * (coordinator, administrator and service account outside the indicators; a professional
     * trying a chair's change; someone else's action; the item notes for a participant outside
     * the consent); 404 where the caller has no part in the case or meeting, so that a refusal
     * does not tell whether it exists. One 400: an addendum by an invited participant outside the
     * care team is refused as invalid input with a message saying who may add one.
     */
    private static final String MATRIX = """
            | operation                                                              | fixture | anonymous | team | off-team | outside | chair | other-chair | coordinator | admin | feed |
            | GET /api/v1/whoami                                                     | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/municipalities                                             | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/regions                                                    | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/instruments                                                | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/instrument-versions/{versionId}                            | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/invitable-people                                           | none    |       401 |  403 |      403 |     403 |   200 |         200 |         403 |   403 |  403 |
            | GET /api/v1/cases/{caseNumber}/care-team                               | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | DELETE /api/v1/cases/{caseNumber}                                      | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/screening-results application/json     | planned |       401 |  403 |      403 |     403 |   403 |         403 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/screening-results application/fhir+json | planned |       401 |  403 |      403 |     403 |   403 |         403 |         403 |   403 |  403 |
            | POST /api/v1/cases                                                     | none    |       401 |  201 |      201 |     201 |   201 |         201 |         403 |   403 |  403 |
            | GET /api/v1/cases/{caseNumber}                                         | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/consents                               | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/consents/{consentId}/withdrawal        | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/assessments                            | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/assessments/{assessmentId}/corrections | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/cases/{caseNumber}/contact-person                          | planned |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | GET /api/v1/cases/{caseNumber}/minutes                                 | closed  |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings                                                   | running |       401 |  200 |      200 |     200 |   200 |         200 |         403 |   403 |  403 |
            | POST /api/v1/meetings                                                  | none    |       401 |  403 |      403 |     403 |   201 |         201 |         403 |   403 |  403 |
            | POST /api/v1/meetings/series                                           | none    |       401 |  403 |      403 |     403 |   201 |         201 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}                                       | running |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/invitation.ics                        | planned |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/participants                         | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/guests                               | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | DELETE /api/v1/meetings/{meetingId}/participants/{userId}              | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/meetings/{meetingId}/schedule                              | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/cancellation                         | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/agenda-requests                      | planned |       401 |  201 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | GET /api/v1/agenda-requests/mine                                       | planned |       401 |  200 |      200 |     200 |   200 |         200 |         403 |   403 |  403 |
            | POST /api/v1/agenda-items/{itemId}/acceptance                          | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/agenda-items/{itemId}/rejection                           | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/agenda-items/{itemId}/move                                | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/agenda-items/{itemId}/slot                                 | planned |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/meetings/{meetingId}/agenda/order                          | planned |       401 |  403 |      403 |     403 |   204 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/start                                | due     |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/meetings/{meetingId}/close                                | running |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/meetings/{meetingId}/current-item                          | running |       401 |  403 |      403 |     403 |   204 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/attendance                            | running |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/meetings/{meetingId}/attendance/{attendeeKey}              | running |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/outcomes                              | running |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/agenda-items/{itemId}/outcome                              | running |       401 |  403 |      403 |     403 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/agenda-items/{itemId}/actions                             | running |       401 |  403 |      403 |     403 |   201 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/actions                               | running |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/actions/mine                                               | running |       401 |  200 |      200 |     200 |   200 |         200 |         403 |   403 |  403 |
            | POST /api/v1/actions/{actionId}/done                                   | running |       401 |  200 |      403 |     403 |   403 |         403 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/notes                                 | running |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/agenda-items/{itemId}/notes                                | running |       401 |  200 |      404 |     403 |   200 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/agenda-items/{itemId}/notes                                | running |       401 |  200 |      404 |     403 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/meetings/{meetingId}/addenda                               | closed  |       401 |  200 |      404 |     200 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/agenda-items/{itemId}/addenda                             | closed  |       401 |  201 |      404 |     400 |   201 |         404 |         403 |   403 |  403 |
            | GET /api/v1/offers                                                     | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/offers/{offerId}                                           | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/offers/wegwijzer/{municipalityCode}                        | none    |       401 |  200 |      200 |     200 |   200 |         200 |         200 |   200 |  200 |
            | GET /api/v1/cases/{caseNumber}/referrals                               | closed  |       401 |  200 |      404 |     404 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/cases/{caseNumber}/referrals/{referralId}                  | closed  |       401 |  200 |      404 |     404 |   200 |         404 |         403 |   403 |  403 |
            | POST /api/v1/cases/{caseNumber}/referrals                              | closed  |       401 |  201 |      404 |     404 |   400 |         404 |         403 |   403 |  403 |
            | PUT /api/v1/cases/{caseNumber}/referrals/{referralId}/status           | closed  |       401 |  200 |      404 |     404 |   200 |         404 |         403 |   403 |  403 |
            | GET /api/v1/cases/{caseNumber}/wegwijzer                               | closed  |       401 |  200 |      404 |     404 |   404 |         404 |         403 |   403 |  403 |
            | GET /api/v1/indicators/7 application/json                              | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/7 text/csv                                      | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/7 application/fhir+json                         | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/7/schema                                        | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/6/history                                       | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/7/history                                       | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/8/history                                       | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/10/history                                      | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12/history                                      | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicator-reports                                          | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicator-reports/{id} application/json                    | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicator-reports/{id} application/pdf                     | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicator-reports/{id}/pdf                                 | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/6 application/json                              | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/6 text/csv                                      | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/6/schema                                        | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/10 application/json                             | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/10 text/csv                                     | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/10/schema                                       | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/8 application/json                              | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/8 text/csv                                      | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/8 application/fhir+json                         | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/8/schema                                        | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12 application/json                             | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12-support application/json                     | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12-support text/csv                             | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12-support application/fhir+json                | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12-support/schema                               | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12 text/csv                                     | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            | GET /api/v1/indicators/12/schema                                       | none    |       401 |  403 |      403 |     403 |   403 |         403 |         200 |   403 |  200 |
            """;

    /** Request bodies of the writes; {@code {name}} is replaced from {@link World#values()}. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/cases", """
                    {"type": "PREGNANCY", "anonymous": false, "initials": "N.N.", "parentBirthYear": 1996,
                     "expectedDueDate": "{dueDate}", "municipalityCode": "GM0202", "question": "Eigen casus.",
                     "consent": {"basis": "CONSENT", "givenOn": "{today}", "form": "WRITTEN", "givenBy": "CLIENT",
                                 "discussInMeeting": true, "parentsAttend": false, "contactOtherProfessionals": false,
                                 "sharedDisciplines": ["MIDWIFE"]}}"""),
            Map.entry("POST /api/v1/cases/{caseNumber}/consents", """
                    {"basis": "CONSENT", "givenOn": "{today}", "form": "DIGITAL", "givenBy": "CLIENT",
                     "discussInMeeting": true, "parentsAttend": true, "contactOtherProfessionals": true,
                     "sharedDisciplines": ["MIDWIFE", "JGZ"]}"""),
            Map.entry("POST /api/v1/cases/{caseNumber}/consents/{consentId}/withdrawal", "{}"),
            Map.entry("POST /api/v1/cases/{caseNumber}/assessments", "{assessment}"),
            Map.entry("POST /api/v1/cases/{caseNumber}/assessments/{assessmentId}/corrections", "{correction}"),
            Map.entry("PUT /api/v1/cases/{caseNumber}/contact-person", "{\"userId\": {teamId}}"),
            Map.entry("POST /api/v1/meetings", "{meeting}"),
            Map.entry("POST /api/v1/meetings/series",
                    "{\"meeting\": {meeting}, \"kind\": \"EVERY_N_WEEKS\", \"intervalWeeks\": 2, \"count\": 2}"),
            Map.entry("POST /api/v1/meetings/{meetingId}/participants", "{\"userId\": {newParticipantId}}"),
            Map.entry("POST /api/v1/meetings/{meetingId}/guests",
                    "{\"name\": \"P. de Vries\", \"organisation\": \"Veilig Thuis\", \"discipline\": \"OTHER\"}"),
            Map.entry("PUT /api/v1/meetings/{meetingId}/schedule", """
                    {"date": "{laterDate}", "startTime": "09:30", "durationMinutes": 60,
                     "place": "Wijkcentrum Presikhaaf"}"""),
            Map.entry("POST /api/v1/meetings/{meetingId}/agenda-requests",
                    "{\"caseNumber\": \"{spareCase}\", \"question\": \"Wie neemt de regie?\", \"parentsAttend\": false}"),
            Map.entry("POST /api/v1/agenda-items/{itemId}/rejection", "{\"reason\": \"Past beter in het wijknetwerk.\"}"),
            Map.entry("POST /api/v1/agenda-items/{itemId}/move", "{\"meetingId\": {otherMeetingId}}"),
            Map.entry("PUT /api/v1/agenda-items/{itemId}/slot", "{\"start\": \"13:30\", \"minutes\": 20}"),
            Map.entry("PUT /api/v1/meetings/{meetingId}/agenda/order", "{\"itemIds\": [{itemId}]}"),
            Map.entry("PUT /api/v1/meetings/{meetingId}/current-item", "{\"itemId\": {itemId}}"),
            Map.entry("PUT /api/v1/meetings/{meetingId}/attendance/{attendeeKey}", "{\"present\": true}"),
            Map.entry("PUT /api/v1/agenda-items/{itemId}/outcome",
                    "{\"status\": \"DISCUSSED\", \"conclusion\": \"Bijgestelde conclusie.\", \"followUp\": \"NONE\"}"),
            Map.entry("POST /api/v1/agenda-items/{itemId}/actions",
                    "{\"what\": \"Nog een afspraak\", \"assigneeUserId\": {teamId}, \"dueOn\": \"{laterDate}\"}"),
            Map.entry("PUT /api/v1/agenda-items/{itemId}/notes", "{\"text\": \"Bijgewerkte notitie.\"}"),
            Map.entry("POST /api/v1/agenda-items/{itemId}/addenda", "{\"text\": \"Aanvulling.\"}"),
            Map.entry("DELETE /api/v1/cases/{caseNumber}", "{\"reason\": \"Verzoek van de cliënt.\"}"),
            Map.entry("POST /api/v1/cases/{caseNumber}/referrals",
                    "{\"offerId\": {offerId}, \"referrerUserId\": {teamId}}"),
            Map.entry("PUT /api/v1/cases/{caseNumber}/referrals/{referralId}/status",
                    "{\"status\": \"REFERRED\", \"date\": \"{today}\"}"),
            Map.entry("POST /api/v1/cases/{caseNumber}/screening-results application/json", """
                    {"instrumentVersionId": {versionId}, "administeredOn": "{today}", "respondent": "CLIENT",
                     "domainValues": {}, "reportedRiskLevel": "LOW", "discussedWithClient": true}"""),
            Map.entry("POST /api/v1/cases/{caseNumber}/screening-results application/fhir+json", """
                    {"resourceType": "QuestionnaireResponse", "status": "completed",
                     "questionnaire": "https://mind2care.example/fhir/Questionnaire/MIND2CARE|1",
                     "authored": "{today}"}"""));

    /** Operations on the request waiting for the chair's decision rather than on the accepted item. */
    private static final Set<String> ON_THE_WAITING_REQUEST = Set.of(
            "POST /api/v1/agenda-items/{itemId}/acceptance", "POST /api/v1/agenda-items/{itemId}/rejection");

    private static final String INITIALS = "M.X.";
    private static final String CASE_QUESTION = "Casusvraag-Matrix-Quagga";
    private static final String ITEM_QUESTION = "Hulpvraag-Matrix-Narwal";
    private static final String NOTES = "Notitie-Matrix-Axolotl";
    private static final String CONCLUSION = "Conclusie-Matrix-Dugong";
    private static final String ACTION = "Actie-Matrix-Pangolin";
    private static final String ADDENDUM = "Addendum-Matrix-Tarsier";
    private static final String PATHWAY = "Zorgpad-Matrix-Fossa";

    @Autowired private MockMvc mvc;
    @Autowired private SignedIn signedIn;
    @Autowired private CurrentUserService users;
    @Autowired private MeetingService meetings;
    @Autowired private MeetingAgenda agendaView;
    @Autowired private AgendaService agendas;
    @Autowired private OutcomeService outcomes;
    @Autowired private CurrentItemService currentItems;
    @Autowired private NotesService notes;
    @Autowired private ActionService actions;
    @Autowired private AddendumService addenda;
    @Autowired private CaseService cases;
    @Autowired private AssessmentService assessments;
    @Autowired private InstrumentCatalogue catalogue;
    @Autowired private ReportService reports;
    private @Nullable Long reportEdition;
    @Autowired private LocalOfferService offers;
    @Autowired private ReferralService referrals;
    @Autowired private tools.jackson.databind.json.JsonMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") private RequestMappingHandlerMapping mappings;

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSaysAndNothingAboutTheCaseLeaksOutsideItsScope()
            throws Exception {
        Map<String, Row> rows = rows();
        Map<String, Operation> operations = operations();

        List<String> problems = new ArrayList<>();
        List<String> unclassified = operations.keySet().stream().filter(key -> !rows.containsKey(key)).sorted().toList();
        if (!unclassified.isEmpty()) {
            problems.add("Operations without a row in the matrix (add one per operation):\n  "
                    + String.join("\n  ", unclassified));
        }
        List<String> stale = rows.keySet().stream().filter(key -> !operations.containsKey(key)).sorted().toList();
        if (!stale.isEmpty()) {
            problems.add("Rows for operations the application no longer has:\n  " + String.join("\n  ", stale));
        }

        List<String> actualRows = new ArrayList<>();
        StringBuilder inScope = new StringBuilder();
        for (Row row : rows.values()) {
            Operation operation = operations.get(row.operation());
            if (operation == null) {
                continue;
            }
            Map<Caller, Integer> answered = run(row, operation, problems, inScope);
            if (CALLERS.stream().anyMatch(caller -> !answered.get(caller).equals(row.expected().get(caller)))) {
                actualRows.add(format(row, answered));
            }
        }
        // The markers are real: the callers inside the scope read every one of them somewhere.
        List<String> neverShown = leaks(null).stream().filter(marker -> !inScope.toString().contains(marker)).toList();
        if (!neverShown.isEmpty()) {
            problems.add("Markers no caller inside the scope ever read (so their absence proves nothing): "
                    + neverShown);
        }
        if (!actualRows.isEmpty()) {
            problems.add("Rows whose answers differ from the matrix; as answered:\n" + String.join("\n", actualRows));
        }
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    /** Runs one row: the expected refusals first on one fixture, then each expected success on its own. */
    private Map<Caller, Integer> run(Row row, Operation operation, List<String> problems, StringBuilder inScope)
            throws Exception {
        Map<Caller, Integer> answered = new LinkedHashMap<>();
        boolean write = !operation.method().equals("GET");
        List<Caller> order = new ArrayList<>(CALLERS);
        order.sort((a, b) -> Boolean.compare(succeeds(row, a), succeeds(row, b)));
        // Reads change nothing a later row could notice, so they share one fixture per state.
        @Nullable World world = write ? world(row.fixture()) : readWorlds.computeIfAbsent(row.fixture(),
                fixture -> java.util.Optional.ofNullable(world(fixture))).orElse(null);
        boolean used = false;
        for (Caller caller : order) {
            if (write && succeeds(row, caller)) {
                if (used) {
                    world = world(row.fixture());
                }
                used = true;
            }
            MockHttpServletResponse response = mvc.perform(request(row, operation, world, caller))
                    .andReturn().getResponse();
            answered.put(caller, response.getStatus());
            if (caller.inScope()) {
                inScope.append(response.getContentAsString()).append('\n');
            } else {
                String body = response.getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", "");
                List<String> leaked = leaks(world).stream().filter(body::contains).toList();
                if (!leaked.isEmpty()) {
                    problems.add(row.operation() + " as " + caller.column() + " (" + response.getStatus()
                            + ") shows " + leaked);
                }
            }
        }
        return answered;
    }

    /** A cell not yet classified ({@code ?}) counts as a success, so it gets a fixture of its own. */
    private static boolean succeeds(Row row, Caller caller) {
        Integer status = row.expected().get(caller);
        return status == null || status < 300;
    }

    private MockHttpServletRequestBuilder request(Row row, Operation operation, @Nullable World world, Caller caller) {
        Map<String, String> values = world == null ? World.values(null, this) : world.values();
        String path = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (ON_THE_WAITING_REQUEST.contains(row.operation()) && world != null) {
            path = operation.path().replace("{itemId}", String.valueOf(world.waitingItemId()));
        }
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(operation.method()),
                URI.create(path));
        if (operation.produces() != null) {
            request.accept(operation.produces());
        }
        if (world != null && (operation.ifMatch() || operation.ifNoneMatch())) {
            Long version = world.versionFor(operation.path(), path);
            if (version == null) {
                request.header(HttpHeaders.IF_NONE_MATCH, "*");
            } else {
                request.header(HttpHeaders.IF_MATCH, ETags.of(version));
            }
        }
        String body = BODIES.get(row.operation());
        if (row.operation().startsWith("POST /api/v1/cases/{caseNumber}/screening-results")) {
            request.header("On-Behalf-Of", "verloskundige");
        }
        if (body != null) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                body = body.replace("{" + value.getKey() + "}", value.getValue());
            }
            request.contentType(operation.consumes() != null ? operation.consumes() : MediaType.APPLICATION_JSON)
                    .content(body);
        }
        return caller.username() == null ? request : request.with(httpBasic(caller.username(), "demo"));
    }

    private static List<String> leaks(@Nullable World world) {
        List<String> markers = new ArrayList<>(List.of(INITIALS, CASE_QUESTION, ITEM_QUESTION, NOTES, CONCLUSION,
                ACTION, ADDENDUM, PATHWAY));
        if (world != null) {
            markers.addAll(List.of(world.caseNumber(), world.waitingCaseNumber(), world.spareCaseNumber()));
        }
        return markers;
    }

    // ---- the matrix and the operations Spring maps ----

    private record Caller(String column, @Nullable String username, boolean inScope) {}

    private record Row(String operation, String fixture, Map<Caller, Integer> expected) {}

    /**
     * {@code produces} or {@code consumes} only where several handlers share method and path (the
     * indicator formats; screening results as JSON or FHIR).
     */
    private record Operation(String method, String path, @Nullable MediaType produces, @Nullable MediaType consumes,
            boolean ifMatch, boolean ifNoneMatch) {}

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> lines = MATRIX.lines().filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(lines.getFirst());
        assertThat(header.subList(2, header.size()))
                .as("matrix columns").containsExactlyElementsOf(CALLERS.stream().map(Caller::column).toList());
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = cells(line);
            assertThat(cells).as("cells of %s", line).hasSize(CALLERS.size() + 2);
            Map<Caller, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                String cell = cells.get(i + 2);
                expected.put(CALLERS.get(i), cell.equals("?") ? null : Integer.valueOf(cell));
            }
            Row previous = rows.put(cells.get(0), new Row(cells.get(0), cells.get(1), expected));
            assertThat(previous).as("one row for %s", cells.get(0)).isNull();
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return java.util.Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    private static String format(Row row, Map<Caller, Integer> answered) {
        return "| " + row.operation() + " | " + row.fixture() + " | "
                + CALLERS.stream().map(caller -> String.valueOf(answered.get(caller))).collect(Collectors.joining(" | "))
                + " |";
    }

    /** Every handler under /api/, keyed as the matrix names it. */
    private Map<String, Operation> operations() {
        Map<String, List<Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod>>> byPath =
                new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        byPath.computeIfAbsent(method + " " + path, key -> new ArrayList<>())
                                .add(Map.entry(info, handler));
                    }
                }
            }
        });
        Map<String, Operation> operations = new TreeMap<>();
        byPath.forEach((key, handlers) -> {
            for (var handler : handlers) {
                String method = key.substring(0, key.indexOf(' '));
                String path = key.substring(key.indexOf(' ') + 1);
                // Handlers sharing method and path differ by what they produce (the indicator
                // formats) or by what they consume (JSON or FHIR screening results).
                boolean byProduces = handlers.size() > 1 && handlers.stream()
                        .map(h -> h.getKey().getProducesCondition().getProducibleMediaTypes()).distinct().count() > 1;
                boolean byConsumes = handlers.size() > 1 && !byProduces;
                MediaType produces = byProduces
                        ? handler.getKey().getProducesCondition().getProducibleMediaTypes().iterator().next() : null;
                MediaType consumes = byConsumes
                        ? handler.getKey().getConsumesCondition().getConsumableMediaTypes().iterator().next() : null;
                boolean ifMatch = false;
                boolean ifNoneMatch = false;
                for (var parameter : handler.getValue().getMethodParameters()) {
                    var header = parameter.getParameterAnnotation(
                            org.springframework.web.bind.annotation.RequestHeader.class);
                    if (header != null) {
                        String name = header.value().isEmpty() ? header.name() : header.value();
                        ifMatch |= name.equalsIgnoreCase(HttpHeaders.IF_MATCH);
                        ifNoneMatch |= name.equalsIgnoreCase(HttpHeaders.IF_NONE_MATCH);
                    }
                }
                MediaType variant = produces != null ? produces : consumes;
                String name = variant == null ? key : key + " " + variant.getType() + "/" + variant.getSubtype();
                operations.put(name, new Operation(method, path, produces, consumes, ifMatch, ifNoneMatch));
            }
        });
        return operations;
    }

    // ---- the fixture ----

    private @Nullable World world(String fixture) {
        return switch (fixture) {
            case "none" -> null;
            case "planned", "due", "running", "closed" -> World.create(this, fixture);
            default -> throw new IllegalArgumentException("Unknown fixture " + fixture);
        };
    }

    /**
     * The meeting, its agenda and the cases one row works on. Every text written about the case
     * carries a marker that no caller outside its scope may read.
     */
    private record World(EndpointRoleMatrixTest test, long meetingId, long otherMeetingId, long itemId,
            long waitingItemId, String caseNumber, String waitingCaseNumber, String spareCaseNumber, long consentId,
            long assessmentId, @Nullable Long actionId, @Nullable Long referralId) {

        static World create(EndpointRoleMatrixTest t, String state) {
            // A meeting starts on its planned day: "due" and later states are planned for today.
            LocalDate date = state.equals("planned") ? LocalDate.now().plusDays(9)
                    : nl.kansrijkestart.mdo.meetings.MeetingFixtures.today();
            Set<Long> invited = Set.of(t.id("verloskundige"), t.id("huisarts"));
            long offerId = t.offerId();
            try {
                t.signedIn.as("voorzitter");
                MeetingSummary meeting = t.meetings.plan(mdoInArnhem(date, invited));
                MeetingSummary other = t.meetings.plan(mdoInArnhem(date.plusDays(1), invited));
                t.signedIn.as("verloskundige");
                CaseDetails discussed = t.cases.register(t.draft(INITIALS, CASE_QUESTION),
                        consentFor(Discipline.MIDWIFE, Discipline.JGZ));
                discussed = t.assessments.record(discussed.caseNumber(), discussed.version(), t.assessment());
                CaseDetails waiting = t.cases.register(t.draft(INITIALS, CASE_QUESTION),
                        consentFor(Discipline.MIDWIFE, Discipline.JGZ));
                CaseDetails spare = t.cases.register(t.draft(INITIALS, CASE_QUESTION),
                        consentFor(Discipline.MIDWIFE, Discipline.JGZ));
                AgendaEntry request = t.agendas.submit(meeting.id(), discussed.caseNumber(), ITEM_QUESTION, false);
                AgendaEntry waitingRequest = t.agendas.submit(meeting.id(), waiting.caseNumber(), ITEM_QUESTION,
                        false);
                t.signedIn.as("voorzitter");
                AgendaEntry item = t.agendas.accept(request.id(), request.version());
                Long actionId = null;
                Long referralId = null;
                if (!state.equals("planned") && !state.equals("due")) {
                    MeetingSummary current = t.meetings.open(meeting.id());
                    t.outcomes.start(current.id(), current.version());
                    t.currentItems.discuss(meeting.id(), item.id(), t.meetings.open(meeting.id()).version());
                    t.notes.save(item.id(), null, NOTES);
                    t.outcomes.record(item.id(), null,
                            new OutcomeDraft(OutcomeStatus.DISCUSSED, CONCLUSION, FollowUp.NONE, null));
                    actionId = t.actions.agree(item.id(), new ActionDraft(ACTION, t.id("verloskundige"), null,
                            date.plusDays(20))).id();
                }
                if (state.equals("closed")) {
                    MeetingSummary current = t.meetings.open(meeting.id());
                    t.outcomes.close(current.id(), current.version());
                    t.signedIn.as("verloskundige");
                    t.addenda.add(item.id(), ADDENDUM);
                    referralId = t.referrals.create(discussed.caseNumber(), null, offerId, t.id("verloskundige")).id();
                }
                return new World(t, meeting.id(), other.id(), item.id(), waitingRequest.id(), discussed.caseNumber(),
                        waiting.caseNumber(), spare.caseNumber(), discussed.consents().getFirst().id(),
                        discussed.assessments().getFirst().id(), actionId, referralId);
            } finally {
                t.signedIn.nobody();
            }
        }

        Map<String, String> values() {
            Map<String, String> values = values(this, test);
            values.put("meetingId", String.valueOf(meetingId));
            values.put("otherMeetingId", String.valueOf(otherMeetingId));
            values.put("itemId", String.valueOf(itemId));
            values.put("caseNumber", caseNumber);
            values.put("spareCase", spareCaseNumber);
            values.put("consentId", String.valueOf(consentId));
            values.put("assessmentId", String.valueOf(assessmentId));
            values.put("actionId", String.valueOf(actionId));
            values.put("referralId", String.valueOf(referralId));
            values.put("userId", String.valueOf(test.id("huisarts")));
            values.put("attendeeKey", "user-" + test.id("verloskundige"));
            return values;
        }

        /** What every row can use, with or without a meeting and case. */
        static Map<String, String> values(@Nullable World world, EndpointRoleMatrixTest test) {
            Map<String, String> values = new HashMap<>();
            LocalDate today = LocalDate.now();
            values.put("today", today.toString());
            values.put("dueDate", today.plusMonths(4).toString());
            values.put("laterDate", today.plusDays(11).toString());
            values.put("teamId", String.valueOf(test.id("verloskundige")));
            values.put("newParticipantId", String.valueOf(test.id("wijkteam")));
            values.put("meeting", """
                    {"type": "MDO_VULNERABLE_PREGNANCY", "date": "%s", "startTime": "13:00", "durationMinutes": 90,
                     "place": "Stadskantoor Arnhem", "municipalityCode": "GM0202", "participantIds": [%d]}"""
                    .formatted(today.plusDays(15), test.id("verloskundige")));
            values.put("versionId", test.versionId());
            values.put("id", test.reportEditionId());
            values.put("offerId", String.valueOf(test.offerId()));
            values.put("municipalityCode", "GM0202");
            values.put("assessment", test.assessmentJson(null));
            values.put("correction", test.assessmentJson("Verkeerd domein aangevinkt."));
            return values;
        }

        /**
         * The current version of what the operation changes, as its If-Match wants it; {@code null}
         * where nothing exists yet (If-None-Match: *). Read in the service as the fixture's owners.
         */
        @Nullable Long versionFor(String template, String path) {
            try {
                if (template.startsWith("/api/v1/cases/{caseNumber}/referrals/{referralId}")) {
                    test.signedIn.as("verloskundige");
                    return test.referrals.ofCase(caseNumber).stream().filter(r -> r.id() == referralId).findFirst()
                            .map(r -> r.version()).orElse(0L);
                }
                if (template.startsWith("/api/v1/cases/{caseNumber}")) {
                    test.signedIn.as("verloskundige");
                    return test.cases.open(caseNumber).version();
                }
                test.signedIn.as("voorzitter");
                if (template.startsWith("/api/v1/meetings/{meetingId}")) {
                    return test.meetings.open(meetingId).version();
                }
                if (template.startsWith("/api/v1/actions/{actionId}")) {
                    return test.actions.actions(meetingId).stream().filter(a -> a.id() == actionId).findFirst()
                            .map(a -> a.version()).orElse(0L);
                }
                long item = Long.parseLong(path.split("/")[4]);
                if (template.endsWith("/outcome")) {
                    return test.outcomes.outcomes(meetingId).stream().filter(o -> o.agendaItemId() == item)
                            .findFirst().map(o -> o.version()).orElse(null);
                }
                if (template.endsWith("/notes")) {
                    return test.notes.note(item).map(note -> note.version()).orElse(null);
                }
                return test.agendaView.agenda(meetingId).stream().filter(e -> e.id() == item).findFirst()
                        .map(e -> e.version()).orElse(0L);
            } finally {
                test.signedIn.nobody();
            }
        }
    }

    private final Map<String, Long> userIds = new HashMap<>();
    private final Map<String, java.util.Optional<World>> readWorlds = new HashMap<>();

    private long id(String username) {
        return userIds.computeIfAbsent(username, name -> {
            signedIn.as("voorzitter");
            try {
                return idOf(users, name);
            } finally {
                signedIn.nobody();
            }
        });
    }

    private @Nullable Long offerId;

    /** Stevig Ouderschap, offered in Arnhem (the fixture's municipality). */
    private long offerId() {
        if (offerId == null) {
            signedIn.as("verloskundige");
            try {
                offerId = offers.offers().stream().filter(o -> o.code().equals("STEVIG-OUDERSCHAP")).findFirst()
                        .orElseThrow().id();
            } finally {
                signedIn.nobody();
            }
        }
        return offerId;
    }

    private CaseDraft draft(String initials, String question) {
        return new CaseDraft(CaseType.PREGNANCY, false, initials, LocalDate.now().getYear() - 29,
                LocalDate.now().plusMonths(5), null, "GM0202", null, question, Set.of(Factor.FINANCIAL_PROBLEMS));
    }

    private InstrumentVersionSummary r4u() {
        return catalogue.instruments().stream().filter(i -> i.code().equals("R4U"))
                .flatMap(i -> i.versions().stream()).filter(v -> v.label().equals("2")).findFirst().orElseThrow();
    }

    private AssessmentDraft assessment() {
        InstrumentVersionSummary version = r4u();
        Map<String, Integer> values = new HashMap<>();
        version.domains().forEach(domain -> values.put(domain.code(), 0));
        return new AssessmentDraft(version.id(), LocalDate.now().minusDays(3), Respondent.CLIENT, "Marieke de Vries",
                values, null, ReportedRiskLevel.INCREASED, PATHWAY, true);
    }

    /** An edition of the regional report of Gelderland-Midden for 1985 (no other test makes one), made once. */
    private String reportEditionId() {
        if (reportEdition == null) {
            signedIn.as("coordinator");
            try {
                reportEdition = reports.create("GELDERLAND-MIDDEN", 1985, 1985);
            } finally {
                signedIn.nobody();
            }
        }
        return String.valueOf(reportEdition);
    }

    private String versionId() {
        signedIn.as("verloskundige");
        try {
            return String.valueOf(r4u().id());
        } finally {
            signedIn.nobody();
        }
    }

    private String assessmentJson(@Nullable String correctionReason) {
        signedIn.as("verloskundige");
        try {
            AssessmentDraft draft = assessment();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("instrumentVersionId", draft.instrumentVersionId());
            body.put("administeredOn", String.valueOf(draft.administeredOn()));
            body.put("respondent", "CLIENT");
            body.put("administeredBy", "Marieke de Vries");
            body.put("domainValues", draft.domainValues());
            body.put("reportedRiskLevel", "INCREASED");
            body.put("suggestedCarePathway", "Wijkteam inschakelen.");
            body.put("discussedWithClient", true);
            if (correctionReason != null) {
                body.put("correctionReason", correctionReason);
            }
            return json.writeValueAsString(body);
        } finally {
            signedIn.nobody();
        }
    }
}
