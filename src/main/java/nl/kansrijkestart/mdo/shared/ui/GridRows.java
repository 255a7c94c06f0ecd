package nl.kansrijkestart.mdo.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Rows that open what they show: by a click, and from the keyboard by Enter as well as by Space.
 * Vaadin's grid turns Space on a focused row into a click, but Enter only starts its cell
 * interaction mode, so a keyboard user who presses Enter on a row, as on any link, got nothing.
 */
public final class GridRows {

    private GridRows() {}

    public static <T> void openOnClickOrEnter(Grid<T> grid, Consumer<T> open) {
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addCellFocusListener(focus -> focused.set(focus.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", enter -> {
            T row = focused.get();
            if (row != null) {
                open.accept(row);
            }
        }).setFilter("event.key === 'Enter' && !event.repeat");
    }
}
