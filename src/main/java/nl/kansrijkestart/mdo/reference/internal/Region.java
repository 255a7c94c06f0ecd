package nl.kansrijkestart.mdo.reference.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A named group of municipalities, optionally part of a larger region. Its members have periods:
 * a change of members ends or starts a period, so the members of any past day stay known.
 */
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

    @ElementCollection
    @CollectionTable(name = "region_municipality", joinColumns = @JoinColumn(name = "region_id"))
    private Set<RegionMembership> memberships = new HashSet<>();

    protected Region() {
        this.code = "";
        this.name = "";
    }

    public Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void change(String code, String name, @Nullable Region parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    /**
     * Makes {@code members} the members from {@code day} on: a member that leaves gets {@code day}
     * as the end of its period (a period that would be empty is dropped), a new member starts one on
     * {@code day}, and one that left on {@code day} itself simply stays.
     */
    public void changeMembers(Set<Municipality> members, LocalDate day) {
        for (RegionMembership membership : List.copyOf(memberships)) {
            boolean stays = members.contains(membership.getMunicipality());
            if (membership.isOpen() && !stays) {
                memberships.remove(membership);
                if (membership.getValidFrom().isBefore(day)) {
                    memberships.add(membership.endingOn(day));
                }
            } else if (!membership.isOpen() && stays && day.equals(membership.getValidUntil())) {
                memberships.remove(membership);
                memberships.add(membership.reopened());
            }
        }
        for (Municipality member : members) {
            if (memberships.stream().noneMatch(m -> m.isOpen() && m.getMunicipality().equals(member))) {
                memberships.add(new RegionMembership(member, day, null));
            }
        }
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

    /** The direct members on {@code day}. */
    public Set<Municipality> membersOn(LocalDate day) {
        return memberships.stream().filter(m -> m.isValidOn(day)).map(RegionMembership::getMunicipality)
                .collect(Collectors.toSet());
    }

    /** Every period of every direct member, past, current and future. */
    public Set<RegionMembership> getMemberships() {
        return Set.copyOf(memberships);
    }
}
