package nl.kansrijkestart.mdo.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An invented country for the benchmark, shaped like the Netherlands: 342 municipalities of very
 * different size (Zipf-like, the largest about 6% of all discussions), 12 provinces as top
 * regions, each cut into 2–4 sub-regions (like the Kansrijke Start coalitions), and in every
 * province's first sub-region a third level holding part of its municipalities. An event of a
 * municipality carries 2 or 3 region codes, as {@code CaseDiscussedCounter} stores them.
 */
final class NationalRegions {

    static final int MUNICIPALITIES = 342;
    private static final int PROVINCES = 12;
    private static final double ZIPF_EXPONENT = 0.7;

    private final List<String> municipalities = new ArrayList<>();
    private final double[] cumulativeWeight = new double[MUNICIPALITIES];
    private final Map<String, List<String>> regionsOfMunicipality = new LinkedHashMap<>();
    private final Map<String, @Nullable String> parentOfRegion = new LinkedHashMap<>();

    NationalRegions() {
        double total = 0;
        for (int i = 0; i < MUNICIPALITIES; i++) {
            String code = "GM" + (5001 + i);
            municipalities.add(code);
            total += Math.pow(i + 1, -ZIPF_EXPONENT);
            cumulativeWeight[i] = total;
            regionsOfMunicipality.put(code, regionsOf(i));
        }
        for (int i = 0; i < MUNICIPALITIES; i++) {
            cumulativeWeight[i] /= total;
        }
    }

    /** Province, sub-region and, for some, a third level; the parent relation is recorded on the way. */
    private List<String> regionsOf(int index) {
        int province = index % PROVINCES;
        int subRegions = 2 + province % 3;
        int subRegion = (index / PROVINCES) % subRegions;
        String provinceCode = "PROV-%02d".formatted(province + 1);
        String subRegionCode = provinceCode + "-R" + (subRegion + 1);
        parentOfRegion.putIfAbsent(provinceCode, null);
        parentOfRegion.putIfAbsent(subRegionCode, provinceCode);
        if (subRegion == 0 && (index / PROVINCES / subRegions) % 2 == 0) {
            String localCode = subRegionCode + "-W";
            parentOfRegion.putIfAbsent(localCode, subRegionCode);
            return List.of(provinceCode, subRegionCode, localCode);
        }
        return List.of(provinceCode, subRegionCode);
    }

    List<String> municipalities() {
        return municipalities;
    }

    /** A municipality drawn by size, for {@code uniform} in [0, 1). */
    String municipalityAt(double uniform) {
        int low = 0;
        int high = MUNICIPALITIES - 1;
        while (low < high) {
            int middle = (low + high) / 2;
            if (cumulativeWeight[middle] <= uniform) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return municipalities.get(low);
    }

    /** Every region, at any depth, holding the municipality. */
    List<String> regionsOf(String municipality) {
        return regionsOfMunicipality.get(municipality);
    }

    /** The most specific region of the municipality: the one it is a direct member of. */
    String directRegionOf(String municipality) {
        return regionsOf(municipality).getLast();
    }

    /** Region codes with their parent (null for a province), parents before children. */
    Map<String, @Nullable String> parents() {
        return parentOfRegion;
    }
}
