package nl.kansrijkestart.mdo.meetings;

import java.util.Set;

/**
 * Where a referral stands: advised in the meeting, referred to the provider, started (the support
 * began), ended; or declined by the client (from advised or referred). Only these steps forward.
 */
public enum ReferralStatus {
    ADVISED,
    REFERRED,
    STARTED,
    ENDED,
    DECLINED;

    /** The statuses a referral in this status may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case ADVISED -> Set.of(REFERRED, DECLINED);
            case REFERRED -> Set.of(STARTED, DECLINED);
            case STARTED -> Set.of(ENDED);
            case ENDED, DECLINED -> Set.of();
        };
    }

    /** Advised or referred: the support has not started and the client has not declined. */
    public boolean open() {
        return this == ADVISED || this == REFERRED;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
