package nl.kansrijkestart.mdo.cases;

/**
 * Risk, urgent risk and protective factors after the Erasmus MC definition of vulnerability
 * during pregnancy. A case with any urgent factor is urgent.
 */
public enum Factor {
    FINANCIAL_PROBLEMS(Kind.RISK),
    AVOIDING_CARE(Kind.RISK),
    UNHEALTHY_LIFESTYLE(Kind.RISK),
    INSUFFICIENT_PARENTING_SKILLS(Kind.RISK),
    PSYCHOSOCIAL_PROBLEMS(Kind.RISK),
    MEDICAL_PROBLEMS(Kind.RISK),
    MILD_INTELLECTUAL_DISABILITY(Kind.RISK),
    DOMESTIC_VIOLENCE(Kind.URGENT),
    ADDICTION(Kind.URGENT),
    HOMELESSNESS(Kind.URGENT),
    ACUTE_PSYCHIATRIC_PROBLEMS(Kind.URGENT),
    MOTIVATION(Kind.PROTECTIVE),
    PROBLEM_SOLVING_ABILITY(Kind.PROTECTIVE),
    PARENTING_SKILLS(Kind.PROTECTIVE),
    SUPPORTIVE_NETWORK(Kind.PROTECTIVE),
    WILLING_TO_ACCEPT_HELP(Kind.PROTECTIVE),
    STABLE_FAMILY_CLIMATE(Kind.PROTECTIVE);

    public enum Kind { RISK, URGENT, PROTECTIVE }

    private final Kind kind;

    Factor(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "factor." + name();
    }
}
