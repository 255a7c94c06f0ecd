package nl.kansrijkestart.mdo.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import nl.kansrijkestart.mdo.shared.InvalidInputException;
import org.springframework.data.domain.Page;

/**
 * One page of a list the API reads out: the items, which page of which size, and how many there
 * are in all, so a client knows when to stop. Pages count from 0; a page past the end is empty.
 */
@Schema(description = "A page of a list: items, page (from 0), size and totalItems")
record ApiPage<T>(List<T> items, int page, int size, long totalItems) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** Refuses a page number or size outside what is offered, naming the parameter. */
    static void check(int page, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "api.page.size", MAX_SIZE);
        }
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", "api.page.number");
        }
    }

    /** The page of a list the service gave whole (reference data: a few hundred rows at most). */
    static <T> ApiPage<T> of(List<T> all, int page, int size) {
        check(page, size);
        int from = (int) Math.min((long) page * size, all.size());
        int to = (int) Math.min((long) from + size, all.size());
        return new ApiPage<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    static <S, T> ApiPage<T> of(Page<S> found, Function<S, T> shown) {
        return new ApiPage<>(found.getContent().stream().map(shown).toList(), found.getNumber(), found.getSize(),
                found.getTotalElements());
    }
}
