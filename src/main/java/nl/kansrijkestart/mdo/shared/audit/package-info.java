/**
 * The contract of the access log (NEN 7513): modules publish an {@link AuditEvent} for every read
 * and change of case data, every export and every sign-in; the audit module stores them.
 */
@NullMarked
@NamedInterface("audit")
package nl.kansrijkestart.mdo.shared.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
