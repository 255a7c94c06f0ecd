package nl.kansrijkestart.mdo.meetings;

import nl.kansrijkestart.mdo.identity.Discipline;

/**
 * Someone a chair may invite, as far as inviting needs: name, discipline and organisation. Nothing
 * else about the account (user name, roles, scope, sign-in state) is shown to a chair.
 */
public record Invitee(long userId, String name, Discipline discipline, String organisation) {}
