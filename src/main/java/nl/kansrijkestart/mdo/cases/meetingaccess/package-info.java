/**
 * What the meetings module (and, for a discussion the chair records, the indicators) may ask of a
 * case on behalf of a chair or participant: the consent gate for agendas, what a participant sees,
 * the contact person and case director decided in a meeting, the case status and timeline, and the
 * counting token and facts for the indicators. Only the modules that declare this named interface
 * in their {@code allowedDependencies} reach it (checked by the modularity test). Every method checks
 * through {@link nl.kansrijkestart.mdo.cases.meetingaccess.MeetingAgendas} that the case is on an agenda
 * of a meeting the caller chairs or takes part in, not only the caller's role.
 */
@NamedInterface("meeting-access")
@NullMarked
package nl.kansrijkestart.mdo.cases.meetingaccess;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
