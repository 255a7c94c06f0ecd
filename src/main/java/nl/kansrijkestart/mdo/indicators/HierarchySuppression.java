package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One suppression pattern over a whole table whose dimensions are hierarchies (areas, periods,
 * meeting types, case types), in the manner of tau-ARGUS' hypercube method: every relation
 * "parent = sum of its children" along one dimension, the other dimensions held fixed, is a line
 * an attacker can subtract in. Primary: a count from 1 to k−1 is hidden (zero says nothing about
 * a person); cells the table withholds by design (see {@link TableBuilder}) are hidden from the
 * start too, zero or not, so they are unknowns to an attacker and take part as complements.
 * Complementary, repeated over all lines until nothing changes:
 *
 * <ul>
 *   <li>a line with a shown parent must hide at least two children, the largest hidden child must
 *       be at least k and the others together at least k (so each hidden child can be taken up or
 *       given away k by the others); in a line the caller marks as light (the yearly lines, whose
 *       cells sit above withheld months) it is enough that the hidden children together count at
 *       least k: their sum is known (parent minus the shown children), so each hidden child may
 *       lie anywhere from 0 to at least k as far as this line says;
 *   <li>a line with a hidden parent must hide children that together count at least k (or all its
 *       non-zero children), or the parent is the sum of the shown children;
 *   <li>a line with a shown parent of zero, or whose hidden children are all withheld and none of
 *       them 1..k−1, needs nothing: it gives away zeros or a sum of counts of at least k.
 * </ul>
 *
 * A missing complement is a shown non-zero child that brings the hidden sum to k — of those the
 * one that leaves the fewest other lines with a single hidden cell, then the smallest (least
 * information lost) — else the largest child, else the parent itself. Lines are visited in a fixed
 * order, so the same counts always give the same pattern. Whether the pattern holds against all
 * lines at once is what the interval audit tests check with a linear-programming solver.
 */
final class HierarchySuppression {

    private final int threshold;

    HierarchySuppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    /**
     * @param sizes the number of positions of each dimension, the last one varying fastest in the
     *     flat index of {@code values}
     * @param relations per dimension, its lines: position 0 of each array the parent, the rest its
     *     children
     * @param withheld cells never published, whatever their count
     * @param light the parent cells whose lines need only two hidden children holding k together
     */
    BitSet hidden(long[] values, int[] sizes, List<List<int[]>> relations, BitSet withheld, IntPredicate light) {
        BitSet hidden = (BitSet) withheld.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > 0 && values[i] < threshold) {
                hidden.set(i);
            }
        }
        new Run(values, hidden, withheld, sizes, relations, light).complete();
        return hidden;
    }

    /** One table being protected: its lines by dimension, and for each position the lines holding it. */
    private final class Run {

        private final long[] values;
        private final BitSet hidden;
        private final int[] sizes;
        private final int[] strides;
        private final List<List<int[]>> relations;
        private final IntPredicate light;
        private final BitSet withheld;
        /** Per dimension and position, the lines of that dimension the position is part of. */
        private final List<List<List<int[]>>> holding = new ArrayList<>();

        Run(long[] values, BitSet hidden, BitSet withheld, int[] sizes, List<List<int[]>> relations,
                IntPredicate light) {
            this.withheld = withheld;
            this.light = light;
            this.values = values;
            this.hidden = hidden;
            this.sizes = sizes;
            this.strides = strides(sizes);
            this.relations = relations;
            for (int d = 0; d < sizes.length; d++) {
                List<List<int[]>> byPosition = new ArrayList<>();
                for (int p = 0; p < sizes[d]; p++) {
                    byPosition.add(new ArrayList<>());
                }
                for (int[] relation : relations.get(d)) {
                    for (int position : relation) {
                        byPosition.get(position).add(relation);
                    }
                }
                holding.add(byPosition);
            }
        }

        void complete() {
            int[][] bases = new int[sizes.length][];
            for (int d = 0; d < sizes.length; d++) {
                bases[d] = bases(sizes, strides, d);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int d = 0; d < sizes.length; d++) {
                    for (int[] relation : relations.get(d)) {
                        for (int base : bases[d]) {
                            changed |= protect(base, strides[d], relation);
                        }
                    }
                }
            }
        }

        /** Hides cells of one line until it satisfies both rules; true if any was added. */
        private boolean protect(int base, int stride, int[] relation) {
            int parent = base + relation[0] * stride;
            boolean added = false;
            while (true) {
                int hiddenChildren = 0;
                long hiddenSum = 0;
                long largest = 0;
                boolean onlyWithheldLarge = true;
                for (int i = 1; i < relation.length; i++) {
                    int cell = base + relation[i] * stride;
                    if (hidden.get(cell)) {
                        hiddenChildren++;
                        hiddenSum += values[cell];
                        largest = Math.max(largest, values[cell]);
                        onlyWithheldLarge &= withheld.get(cell) && (values[cell] == 0 || values[cell] >= threshold);
                    }
                }
                boolean parentHidden = hidden.get(parent);
                // Without the largest hidden child the others still hold k: each of them can then
                // take up or give away k, whichever of them the attacker tries to pin down.
                long spare = light.test(parent) ? threshold : hiddenSum - largest;
                long most = light.test(parent) ? threshold : largest;
                // A shown zero parent says its children are all zero, which is no one's count.
                // Nor does a shown parent over withheld children none of which is small: it gives
                // away their sum, none of them a count below k.
                if ((hiddenChildren == 0 || values[parent] == 0 || onlyWithheldLarge) && !parentHidden
                        || parentHidden && hiddenChildren > 0 && hiddenSum >= threshold
                        || !parentHidden && hiddenChildren >= 2 && hiddenSum >= threshold
                                && spare >= threshold && most >= threshold) {
                    return added;
                }
                long needed = parentHidden || light.test(parent) ? threshold - hiddenSum
                        : largest < threshold ? threshold : threshold - (hiddenChildren >= 2 ? spare : 0);
                int complement = complement(base, stride, relation, Math.max(1, needed));
                if (complement < 0) {
                    if (parentHidden) {
                        return added;
                    }
                    complement = parent;
                }
                hidden.set(complement);
                added = true;
            }
        }

        /**
         * The shown non-zero child to hide: first one of at least {@code needed}, then the one that
         * leaves the fewest other lines with a single hidden cell (those would need complements of
         * their own), then the smallest; if none is large enough, the largest. −1 if there is none.
         */
        private int complement(int base, int stride, int[] relation, long needed) {
            int best = -1;
            int bestCost = 0;
            for (int i = 1; i < relation.length; i++) {
                int cell = base + relation[i] * stride;
                long value = values[cell];
                if (value <= 0 || hidden.get(cell)) {
                    continue;
                }
                int cost = value >= needed ? newSingles(cell) : Integer.MAX_VALUE;
                if (best < 0 || better(value, cost, values[best], bestCost, needed)) {
                    best = cell;
                    bestCost = cost;
                }
            }
            return best;
        }

        private static boolean better(long value, int cost, long bestValue, int bestCost, long needed) {
            boolean enough = value >= needed;
            boolean bestEnough = bestValue >= needed;
            if (enough != bestEnough) {
                return enough;
            }
            if (!enough) {
                return value > bestValue;
            }
            return cost < bestCost || cost == bestCost && value < bestValue;
        }

        /** How many lines through this cell have no hidden cell yet, so hiding it would leave one. */
        private int newSingles(int cell) {
            int singles = 0;
            for (int d = 0; d < sizes.length; d++) {
                int position = (cell / strides[d]) % sizes[d];
                int base = cell - position * strides[d];
                for (int[] line : holding.get(d).get(position)) {
                    boolean anyHidden = false;
                    for (int member : line) {
                        if (hidden.get(base + member * strides[d])) {
                            anyHidden = true;
                            break;
                        }
                    }
                    singles += anyHidden ? 0 : 1;
                }
            }
            return singles;
        }
    }

    private static int[] strides(int[] sizes) {
        int[] strides = new int[sizes.length];
        int stride = 1;
        for (int d = sizes.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= sizes[d];
        }
        return strides;
    }

    /** The flat indexes of all cells whose coordinate in dimension {@code d} is 0. */
    private static int[] bases(int[] sizes, int[] strides, int d) {
        int total = 1;
        for (int size : sizes) {
            total *= size;
        }
        int[] bases = new int[total / sizes[d]];
        int n = 0;
        for (int i = 0; i < total; i++) {
            if ((i / strides[d]) % sizes[d] == 0) {
                bases[n++] = i;
            }
        }
        return bases;
    }
}
