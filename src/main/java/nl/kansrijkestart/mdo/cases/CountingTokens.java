package nl.kansrijkestart.mdo.cases;

import java.util.UUID;
import nl.kansrijkestart.mdo.cases.internal.CaseFile;
import nl.kansrijkestart.mdo.cases.internal.CaseFileRepository;
import nl.kansrijkestart.mdo.cases.internal.CountingTokenStore;
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

    private final CaseFileRepository cases;
    private final CountingTokenStore store;

    CountingTokens(CaseFileRepository cases, CountingTokenStore store) {
        this.cases = cases;
        this.store = store;
    }

    /** Called while a chair records a discussion; the case number never leaves this module again. */
    @PreAuthorize("hasRole('CHAIR')")
    @Transactional
    public CountingFacts tokenFor(String caseNumber, int year) {
        CaseFile caseFile = cases.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new CaseNotAccessibleException(caseNumber));
        String token = caseFile.isErased() ? UUID.randomUUID().toString()
                : store.tokenFor(caseFile.requireId(), year);
        return new CountingFacts(token, caseFile.getType(), caseFile.getMunicipalityCode(), caseFile.isAnonymous());
    }
}
