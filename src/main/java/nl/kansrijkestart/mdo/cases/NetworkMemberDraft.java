package nl.kansrijkestart.mdo.cases;

import nl.kansrijkestart.mdo.identity.Discipline;
import org.jspecify.annotations.Nullable;

/**
 * Someone to add to the network map: an informal member with initials and relation only, or an
 * external professional with name, organisation and discipline. Fields of the other kind are not kept.
 */
public record NetworkMemberDraft(
        @Nullable NetworkMemberKind kind,
        @Nullable String initials,
        @Nullable NetworkRelation relation,
        @Nullable String name,
        @Nullable String organisation,
        @Nullable Discipline discipline) {

    public static NetworkMemberDraft informal(@Nullable String initials, @Nullable NetworkRelation relation) {
        return new NetworkMemberDraft(NetworkMemberKind.INFORMAL, initials, relation, null, null, null);
    }

    public static NetworkMemberDraft professional(@Nullable String name, @Nullable String organisation,
            @Nullable Discipline discipline) {
        return new NetworkMemberDraft(NetworkMemberKind.EXTERNAL_PROFESSIONAL, null, null, name, organisation,
                discipline);
    }
}
