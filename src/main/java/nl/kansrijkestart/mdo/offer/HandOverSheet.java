package nl.kansrijkestart.mdo.offer;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a case's wegwijzer hands to the parents: the contact person (name, organisation, work phone)
 * and the agreed support, each service with a short note on where it stands. Deliberately nothing
 * else of the case: no case number, initials, risk factors or meeting text.
 *
 * @param support the services with the message key of their note and the date it names, if any
 */
public record HandOverSheet(String contactName, String contactOrganisation, @Nullable String contactPhone,
        LocalDate day, List<Support> support) {

    public HandOverSheet {
        support = List.copyOf(support);
    }

    /** One agreed service; {@code noteKey} says where it stands, {@code since} fills in its date. */
    public record Support(OfferSummary offer, String noteKey, @Nullable LocalDate since) {}
}
