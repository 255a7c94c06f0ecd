package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A named group of municipalities, optionally part of a larger region. */
@Entity
@Table(name = "region")
public class Region extends AbstractEntity {

    public static final int CODE_MAX = 30;
    public static final int NAME_MAX = 80;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Region parent;

    @ManyToMany
    @JoinTable(name = "region_municipality",
            joinColumns = @JoinColumn(name = "region_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    private Set<Municipality> municipalities = new HashSet<>();

    protected Region() {
        this.code = "";
        this.name = "";
    }

    public Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void change(String code, String name, @Nullable Region parent, Set<Municipality> municipalities) {
        this.code = code;
        this.name = name;
        this.parent = parent;
        this.municipalities.clear();
        this.municipalities.addAll(municipalities);
    }

    /** True when this region is {@code other} or lies below it: {@code other} cannot take it as parent. */
    public boolean isSelfOrDescendantOf(Region other) {
        for (Region current = this; current != null; current = current.parent) {
            if (current.equals(other)) {
                return true;
            }
        }
        return false;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public @Nullable Region getParent() {
        return parent;
    }

    public Set<Municipality> getMunicipalities() {
        return Set.copyOf(municipalities);
    }
}
