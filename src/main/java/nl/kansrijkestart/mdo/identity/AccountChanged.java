package nl.kansrijkestart.mdo.identity;

/**
 * Published in the changing transaction when an administrator disables or enables an account or
 * changes its roles or discipline: what that account may see changes with it, so pages it has open
 * decide again (a disabled account's meeting pages stop showing the meeting).
 */
public record AccountChanged(long userId) {}
