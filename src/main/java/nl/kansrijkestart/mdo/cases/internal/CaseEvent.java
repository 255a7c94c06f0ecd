package nl.kansrijkestart.mdo.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.kansrijkestart.mdo.shared.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A line on the case timeline: a message key with arguments, translated when shown. Arguments
 * hold names of professionals, dates and codes, never client data; an argument starting with "#"
 * is itself a message key.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent extends AbstractEntity {

    private static final String SEPARATOR = "\u001F";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(name = "message_key", nullable = false, length = 80, updatable = false)
    private String messageKey;

    @Column(length = 500)
    private @Nullable String arguments;

    protected CaseEvent() {
        this.caseFile = new CaseFile();
        this.at = Instant.EPOCH;
        this.actor = "";
        this.messageKey = "";
    }

    public CaseEvent(CaseFile caseFile, Instant at, String actor, String messageKey, String... arguments) {
        this.caseFile = caseFile;
        this.at = at;
        this.actor = actor;
        this.messageKey = messageKey;
        this.arguments = arguments.length == 0 ? null : String.join(SEPARATOR, arguments);
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getMessageKey() { return messageKey; }

    public List<String> getArguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }
}
