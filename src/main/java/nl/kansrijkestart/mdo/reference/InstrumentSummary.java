package nl.kansrijkestart.mdo.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An instrument of the catalogue with its versions, oldest first. */
public record InstrumentSummary(
        long id,
        String code,
        String name,
        boolean validated,
        @Nullable String description,
        boolean active,
        List<InstrumentVersionSummary> versions) {}
