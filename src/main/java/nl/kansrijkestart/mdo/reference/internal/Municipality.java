package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.kansrijkestart.mdo.shared.AbstractEntity;

@Entity
@Table(name = "municipality")
public class Municipality extends AbstractEntity {

    public static final int NAME_MAX = 80;

    @Column(nullable = false, unique = true, length = 6, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Municipality() {
        this.code = "";
        this.name = "";
    }

    public Municipality(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void change(String name, boolean active) {
        this.name = name;
        this.active = active;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
