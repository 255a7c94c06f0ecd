package nl.kansrijkestart.mdo.indicators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What an attacker can know from published answers, as linear programming: the unknowns are the
 * true finest cells (non-negative), every published count is an equation "the sum of its cells is
 * this value", and the interval of a suppressed count is the smallest and largest value its sum can
 * take under all equations at once (ojAlgo's solver, continuous: the standard audit of tau-ARGUS).
 */
final class LinearAudit {

    private final Map<Set<Integer>, Long> published = new HashMap<>();
    private final Map<Integer, Variable> variables = new HashMap<>();
    private final Set<Integer> zero = new HashSet<>();
    /** The cells in at least one published non-zero count. */
    private final Set<Integer> constrained = new HashSet<>();
    private @Nullable ExpressionsBasedModel model;

    /** A published count over these finest cells; a second, different value for the same cells fails. */
    void published(Set<Integer> cells, long value) {
        model = null;
        variables.clear();
        Long before = published.put(Set.copyOf(cells), value);
        if (before != null && before != value) {
            throw new AssertionError("two answers give different counts for the same cells: " + before + " and "
                    + value + " for " + new TreeSet<>(cells));
        }
    }

    int equations() {
        return published.size();
    }

    /** The smallest and largest value the sum of these cells can have under all published counts. */
    Interval bounds(Set<Integer> target) {
        if (model == null) {
            build();
        }
        ExpressionsBasedModel built = model;
        boolean free = false;
        for (int cell : target) {
            if (!zero.contains(cell)) {
                // A cell in no published count is free: its interval is unbounded above (the
                // solver, given a variable in no expression, reports 0 as its maximum instead).
                free |= !constrained.contains(cell);
                variables.computeIfAbsent(cell, c -> built.addVariable("x" + c).lower(0));
            }
        }
        boolean any = false;
        for (Map.Entry<Integer, Variable> variable : variables.entrySet()) {
            boolean counted = target.contains(variable.getKey());
            variable.getValue().weight(counted ? 1 : 0);
            any |= counted;
        }
        if (!any) {
            return new Interval(0, 0);
        }
        Optimisation.Result min = model.minimise();
        if (!min.getState().isFeasible()) {
            throw new AssertionError("the published counts contradict each other: " + min.getState());
        }
        Optimisation.Result max = model.maximise();
        double high = free || max.getState() == Optimisation.State.UNBOUNDED ? Double.POSITIVE_INFINITY
                : max.getValue();
        return new Interval(min.getValue(), high);
    }

    /** One model for all bounds: the published non-zero counts over the cells no zero fixes. */
    private void build() {
        zero.clear();
        published.forEach((cells, value) -> {
            if (value == 0) {
                zero.addAll(cells);
            }
        });
        ExpressionsBasedModel built = new ExpressionsBasedModel();
        int n = 0;
        for (Map.Entry<Set<Integer>, Long> equation : published.entrySet()) {
            if (equation.getValue() == 0) {
                continue;
            }
            Expression sum = built.addExpression("e" + n++).level(equation.getValue());
            for (int cell : equation.getKey()) {
                if (!zero.contains(cell)) {
                    sum.set(variables.computeIfAbsent(cell, c -> built.addVariable("x" + c).lower(0)), 1);
                }
            }
        }
        constrained.clear();
        constrained.addAll(variables.keySet());
        model = built;
    }

    /** The values a suppressed count can take as far as the published counts tell. */
    record Interval(double low, double high) {

        boolean includes(double from, double to) {
            return low <= from + 1e-6 && high >= to - 1e-6;
        }

        /**
         * The documented margin of protection k: the count may be k or more, and the values it may
         * take span at least k, so no answer narrows it to fewer than k possibilities.
         */
        boolean protects(int k) {
            return high >= k - 1e-6 && high - low >= k - 1e-6;
        }

        @Override
        public String toString() {
            return "[" + Math.round(low * 100) / 100.0 + ", " + Math.round(high * 100) / 100.0 + "]";
        }
    }
}
