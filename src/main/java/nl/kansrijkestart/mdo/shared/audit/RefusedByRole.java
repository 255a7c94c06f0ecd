package nl.kansrijkestart.mdo.shared.audit;

/**
 * A signed-in user's roles did not allow what they asked for (a screen, typically opened by its
 * address), published where the refusal happens so that the access log can record it with the
 * user's full details.
 *
 * @param target what was asked for, e.g. a screen's address
 * @param action what it would have been
 */
public record RefusedByRole(String target, AuditAction action) {}
