package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A signalling instrument such as R4U; what it asks lives in its versions. */
@Entity
@Table(name = "instrument")
public class Instrument extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @Column(nullable = false, unique = true, length = CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean validated;

    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(nullable = false)
    private boolean active = true;

    protected Instrument() {
        this.code = "";
        this.name = "";
    }

    public Instrument(String code, String name, boolean validated, @Nullable String description) {
        this.code = code;
        this.name = name;
        this.validated = validated;
        this.description = description;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isValidated() {
        return validated;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
