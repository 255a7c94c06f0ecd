package nl.kansrijkestart.mdo.identity.internal;

/** Whether an account is enabled, and its access stamp (see {@link UserAccount#getAccessStamp()}). */
public record AccessState(boolean enabled, long accessStamp) {}
