package nl.kansrijkestart.mdo.identity;

import org.jspecify.annotations.Nullable;

/**
 * How a professional is reached for her work, as a case's wegwijzer prints it for the parents:
 * name, organisation and work phone ({@code null} while the application manager has not entered one).
 */
public record WorkContact(long userId, String name, String organisationName, @Nullable String workPhone) {}
