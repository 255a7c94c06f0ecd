package nl.kansrijkestart.mdo.offer.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kansrijkestart.mdo.cases.Factor;
import nl.kansrijkestart.mdo.offer.OfferKind;
import nl.kansrijkestart.mdo.offer.OfferPhase;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A service of the local offer ({@code offer_service}, V100). */
@Entity
@Table(name = "offer_service")
public class OfferEntry extends AbstractEntity {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 120;
    public static final int PROVIDER_MAX = 120;
    public static final int DESCRIPTION_MAX = 400;
    public static final int PHONE_MAX = 30;
    public static final int WEBSITE_MAX = 200;
    public static final int ADDRESS_MAX = 200;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OfferKind kind;

    @Column(nullable = false, length = PROVIDER_MAX)
    private String provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferPhase phase;

    @Column(name = "local_team", nullable = false)
    private boolean localTeam;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(length = PHONE_MAX)
    private @Nullable String phone;

    @Column(length = WEBSITE_MAX)
    private @Nullable String website;

    @Column(length = ADDRESS_MAX)
    private @Nullable String address;

    @Column(nullable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_service_factor", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "factor", length = 40)
    private Set<Factor> factors = EnumSet.noneOf(Factor.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offer_availability", joinColumns = @JoinColumn(name = "service_id"))
    private List<OfferPeriod> availability = new ArrayList<>();

    protected OfferEntry() {
        this.code = "";
        this.name = "";
        this.kind = OfferKind.OTHER;
        this.provider = "";
        this.phase = OfferPhase.BOTH;
        this.description = "";
    }

    public OfferEntry(String code) {
        this();
        this.code = code;
    }

    /** Replaces everything an administrator maintains; a changed service is no longer demo data. */
    public void change(String code, String name, OfferKind kind, String provider, OfferPhase phase, boolean localTeam,
            String description, @Nullable String phone, @Nullable String website, @Nullable String address,
            Set<Factor> factors, List<OfferPeriod> availability) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.provider = provider;
        this.phase = phase;
        this.localTeam = localTeam;
        this.description = description;
        this.phone = phone;
        this.website = website;
        this.address = address;
        this.demo = false;
        this.factors.clear();
        this.factors.addAll(factors);
        this.availability.clear();
        this.availability.addAll(availability);
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public OfferKind getKind() { return kind; }
    public String getProvider() { return provider; }
    public OfferPhase getPhase() { return phase; }
    public boolean isLocalTeam() { return localTeam; }
    public String getDescription() { return description; }
    public @Nullable String getPhone() { return phone; }
    public @Nullable String getWebsite() { return website; }
    public @Nullable String getAddress() { return address; }
    public boolean isDemo() { return demo; }
    public Set<Factor> getFactors() { return Set.copyOf(factors); }
    public List<OfferPeriod> getAvailability() { return List.copyOf(availability); }
}
