package nl.kansrijkestart.mdo.indicators;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's invented municipalities and regions in the reference tables, so the export
 * reads a national region list (validation and coordinator scope) as it would in production.
 */
final class NationalReferenceData {

    private final JdbcClient jdbc;

    NationalReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NationalRegions country) {
        for (String code : country.municipalities()) {
            jdbc.sql("INSERT INTO municipality (code, name) VALUES (?, ?)")
                    .params(code, "Gemeente " + code.substring(2)).update();
        }
        for (Map.Entry<String, @Nullable String> region : country.parents().entrySet()) {
            jdbc.sql("INSERT INTO region (code, name, parent_id) VALUES (?, ?, (SELECT id FROM region WHERE code = ?))")
                    .params(region.getKey(), "Regio " + region.getKey(), region.getValue()).update();
        }
        for (String code : country.municipalities()) {
            jdbc.sql("""
                    INSERT INTO region_municipality (region_id, municipality_id, valid_from)
                    SELECT r.id, m.id, DATE '1900-01-01' FROM region r, municipality m WHERE r.code = ? AND m.code = ?""")
                    .params(country.directRegionOf(code), code).update();
        }
    }
}
