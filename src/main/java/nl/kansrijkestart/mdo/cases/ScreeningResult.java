package nl.kansrijkestart.mdo.cases;

import java.time.Instant;

/**
 * What a screening platform is told about a result it pushed: that it was stored, under which id,
 * for which instrument version and professional. Nothing else of the case: the platform sees no
 * case content.
 */
public record ScreeningResult(String caseNumber, long assessmentId, String instrumentCode, String versionLabel,
        long instrumentVersionId, Instant recordedAt, String onBehalfOf) {}
