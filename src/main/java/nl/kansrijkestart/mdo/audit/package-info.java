/**
 * The access log after NEN 7513: stores every {@link nl.kansrijkestart.mdo.shared.audit.AuditEvent}
 * that other modules publish, append-only, and lets the application manager (ADMIN) search and
 * export it. Depends on nothing but {@code shared}, so that every module can be logged without a
 * cycle.
 */
@NullMarked
@ApplicationModule(displayName = "Access log", allowedDependencies = "shared :: *")
package nl.kansrijkestart.mdo.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
