package nl.kansrijkestart.mdo.cases.meetingaccess;

import nl.kansrijkestart.mdo.cases.CountingFacts;
import java.util.UUID;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CountingTokenStore;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import nl.kansrijkestart.mdo.shared.audit.AuditAction;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counting tokens for the indicators: the same random token for a case within a year, created on
 * first use. Only the case keeps the link to its tokens, and erasure removes it. An erased case
 * gets a token that is not stored, so counting it never re-creates a link.
 */
@Service
public class CountingTokens {

    private final CountingTokenStore store;
    private final ChairedCases chaired;
    private final CurrentUserService users;

    CountingTokens(CountingTokenStore store, ChairedCases chaired, CurrentUserService users) {
        this.chaired = chaired;
        this.users = users;
        this.store = store;
    }

    /**
     * Called while a chair records a discussion; the case number never leaves this module again.
     * Only for a chair with the case on the agenda of one of her meetings, any other is refused.
     */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public CountingFacts tokenFor(String caseNumber, int year) {
        CaseFile caseFile = chaired.require(users.require(), caseNumber, AuditAction.READ, "counting-token");
        String token = caseFile.isErased() ? UUID.randomUUID().toString()
                : store.tokenFor(caseFile.requireId(), year);
        return new CountingFacts(token, caseFile.getType(), caseFile.getMunicipalityCode(), caseFile.isAnonymous());
    }

}
