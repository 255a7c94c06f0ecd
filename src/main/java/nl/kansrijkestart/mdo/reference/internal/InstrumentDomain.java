package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One domain of an instrument version: a flag (0/1) or a score whose range is the valid input of the
 * instrument's scale, never a cut-off. Created only through {@link InstrumentVersion#addDomain}.
 */
@Entity
@Table(name = "instrument_domain")
public class InstrumentDomain extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 120;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private InstrumentVersion instrumentVersion;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_MAX, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 5, updatable = false)
    private DomainValueType valueType;

    @Column(name = "score_min", updatable = false)
    private @Nullable Integer scoreMin;

    @Column(name = "score_max", updatable = false)
    private @Nullable Integer scoreMax;

    protected InstrumentDomain() {
        this.instrumentVersion = new InstrumentVersion();
        this.code = "";
        this.name = "";
        this.valueType = DomainValueType.FLAG;
    }

    InstrumentDomain(InstrumentVersion instrumentVersion, int position, String code, String name,
            DomainValueType valueType, @Nullable Integer scoreMin, @Nullable Integer scoreMax) {
        this.instrumentVersion = instrumentVersion;
        this.position = position;
        this.code = code;
        this.name = name;
        this.valueType = valueType;
        this.scoreMin = scoreMin;
        this.scoreMax = scoreMax;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DomainValueType getValueType() {
        return valueType;
    }

    public @Nullable Integer getScoreMin() {
        return scoreMin;
    }

    public @Nullable Integer getScoreMax() {
        return scoreMax;
    }
}
