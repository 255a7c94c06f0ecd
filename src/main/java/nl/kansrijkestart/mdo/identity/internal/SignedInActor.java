package nl.kansrijkestart.mdo.identity.internal;

import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditActor;
import nl.kansrijkestart.mdo.shared.audit.CurrentActor;
import org.springframework.stereotype.Component;

/** Tells the access log who is signed in, with roles, discipline and organisation. */
@Component
class SignedInActor implements CurrentActor {

    private final CurrentUserService currentUser;

    SignedInActor(CurrentUserService currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public AuditActor require() {
        return currentUser.require().asActor();
    }
}
