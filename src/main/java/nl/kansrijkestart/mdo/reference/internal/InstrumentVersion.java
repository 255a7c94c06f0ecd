package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.kansrijkestart.mdo.reference.DomainValueType;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * One version of an instrument with its domains. Results refer to the exact version that was
 * filled in, so a version never changes once saved; a changed instrument gets a new version.
 */
@Entity
@Table(name = "instrument_version")
public class InstrumentVersion extends AbstractEntity {

    public static final int LABEL_MAX = 30;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private Instrument instrument;

    @Column(nullable = false, length = LABEL_MAX, updatable = false)
    private String label;

    @Column(name = "has_total", nullable = false, updatable = false)
    private boolean hasTotal;

    @Column(name = "total_min", updatable = false)
    private @Nullable Integer totalMin;

    @Column(name = "total_max", updatable = false)
    private @Nullable Integer totalMax;

    @Column(nullable = false)
    private boolean active = true;

    @OneToMany(mappedBy = "instrumentVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<InstrumentDomain> domains = new ArrayList<>();

    protected InstrumentVersion() {
        this.instrument = new Instrument();
        this.label = "";
    }

    /** A version with a total score when both bounds are given, without one when both are null. */
    public InstrumentVersion(Instrument instrument, String label, @Nullable Integer totalMin,
            @Nullable Integer totalMax) {
        if ((totalMin == null) != (totalMax == null)) {
            throw new IllegalArgumentException("a total needs both bounds or neither");
        }
        this.instrument = instrument;
        this.label = label;
        this.hasTotal = totalMin != null;
        this.totalMin = totalMin;
        this.totalMax = totalMax;
    }

    /** Appends a domain; only before the version is first saved, as a saved version never changes. */
    public void addDomain(String code, String name, DomainValueType type, @Nullable Integer scoreMin,
            @Nullable Integer scoreMax) {
        if (getId() != null) {
            throw new IllegalStateException("a saved instrument version never changes");
        }
        domains.add(new InstrumentDomain(this, domains.size() + 1, code, name, type, scoreMin, scoreMax));
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public String getLabel() {
        return label;
    }

    public boolean hasTotal() {
        return hasTotal;
    }

    public @Nullable Integer getTotalMin() {
        return totalMin;
    }

    public @Nullable Integer getTotalMax() {
        return totalMax;
    }

    public boolean isActive() {
        return active;
    }

    public List<InstrumentDomain> getDomains() {
        return List.copyOf(domains);
    }
}
