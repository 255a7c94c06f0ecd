package nl.kansrijkestart.mdo.identity;

/**
 * Published in the changing transaction when an administrator disables or enables an account or
 * changes its roles or discipline: what that account may see changes with it, so pages it has open
 * decide again (a disabled account's meeting pages stop showing the meeting). Its signed-in sessions
 * end at their next request anyway, on every node ({@code access_stamp}, docs/architecture.md).
 */
public record AccountChanged(long userId) {}
