package nl.kansrijkestart.mdo.cases.internal;

import nl.kansrijkestart.mdo.cases.NetworkMemberDraft;
import nl.kansrijkestart.mdo.cases.NetworkMemberKind;
import nl.kansrijkestart.mdo.shared.InputRules;

/** What a network member must look like: initials as for a client, required fields per kind. */
public final class NetworkRules {

    private NetworkRules() {}

    public static void check(NetworkMemberDraft draft) {
        InputRules rules = InputRules.check().required("kind", draft.kind());
        if (draft.kind() == NetworkMemberKind.INFORMAL) {
            String initials = InputRules.normalise(draft.initials());
            rules.required("initials", initials)
                    .that("initials", initials, CaseRules.INITIALS.asMatchPredicate(), "case.initials.invalid")
                    .required("relation", draft.relation());
        } else if (draft.kind() == NetworkMemberKind.EXTERNAL_PROFESSIONAL) {
            rules.requiredText("name", draft.name(), NetworkMember.NAME_MAX)
                    .requiredText("organisation", draft.organisation(), NetworkMember.ORGANISATION_MAX)
                    .required("discipline", draft.discipline());
        }
        rules.throwIfInvalid();
    }
}
