package nl.kansrijkestart.mdo.cases;

/**
 * The case does not exist or the user has no access to it. Both look the same to the user, so that
 * guessing case numbers reveals nothing.
 */
public class CaseNotAccessibleException extends RuntimeException {

    public CaseNotAccessibleException(String caseNumber) {
        super("Case " + caseNumber + " does not exist or is not accessible");
    }
}
