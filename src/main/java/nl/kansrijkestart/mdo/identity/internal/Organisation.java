package nl.kansrijkestart.mdo.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.kansrijkestart.mdo.shared.AbstractEntity;

@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Organisation() {
        this.name = "";
    }

    public Organisation(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
