package nl.kansrijkestart.mdo.meetings.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.kansrijkestart.mdo.meetings.MeetingChanged;
import nl.kansrijkestart.mdo.meetings.MeetingRelay;
import nl.kansrijkestart.mdo.meetings.MeetingRoom;
import nl.kansrijkestart.mdo.meetings.SharedField;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meeting room of this node joined to the other nodes on the same PostgreSQL database.
 *
 * <ul>
 *   <li>Every change made here is sent as a {@link RelayMessage} with {@code pg_notify} on the
 *       channel of this database schema, from a thread of the relay's own after the change has
 *       committed, so the person who made it never waits for it. PostgreSQL delivers it to every
 *       node listening on that channel; this node ignores its own.</li>
 *   <li>A change from another node is passed to the pages open here ({@link MeetingRoom#deliver}),
 *       which read what their viewer may see, as for a change made here.</li>
 *   <li>Presence: who has a meeting open here is written to {@code meeting_presence} whenever it
 *       changes; every node beats its heartbeat every {@code mdo.cluster.heartbeat} (5 s) and reads
 *       the other living nodes' names for the meetings open here. A node silent for longer than
 *       {@code mdo.cluster.node-timeout} (15 s) counts as dead: its names disappear from the
 *       other nodes' pages and its rows are removed.</li>
 *   <li>Typing markers of another node end when it says so, or at the latest after
 *       {@code mdo.meetings.typing-timeout} plus a heartbeat, if that node died while typing.</li>
 *   <li>Whenever the listening connection is (re)opened, the pages here read everything again
 *       ({@link MeetingChanged.Change#RESYNC}): the current item and the texts are stored, so
 *       nothing is missed while the connection was lost.</li>
 * </ul>
 * Off on the embedded H2 database and with {@code mdo.cluster.relay=false} ({@link RelayEnabled}):
 * then it neither starts nor shares, and knows nobody elsewhere.
 */
@Component
class PostgresMeetingRelay implements MeetingRelay, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresMeetingRelay.class);

    private final boolean enabled;
    private final MeetingRoom room;
    private final DataSource dataSource;
    private final Environment environment;
    private final JdbcTemplate jdbc;
    private final ClusterPresence presence;
    private final String node;
    private final Duration heartbeat;
    private final Duration typingTimeout;
    private final Clock clock;
    private final Map<Long, List<String>> elsewhere = new ConcurrentHashMap<>();
    private final Map<RemoteTyping, Instant> remoteTyping = new ConcurrentHashMap<>();
    private final AtomicBoolean connectedBefore = new AtomicBoolean();
    private @Nullable ScheduledExecutorService outbound;
    private @Nullable ChangeListener listener;
    private @Nullable String channel;
    private volatile boolean running;

    PostgresMeetingRelay(MeetingRoom room, DataSource dataSource, PlatformTransactionManager transactions,
            Environment environment, Clock clock, @Value("${mdo.cluster.heartbeat:PT5S}") Duration heartbeat,
            @Value("${mdo.cluster.node-timeout:PT15S}") Duration nodeTimeout,
            @Value("${mdo.meetings.typing-timeout:PT5S}") Duration typingTimeout) {
        this.enabled = RelayEnabled.in(environment);
        this.room = room;
        this.dataSource = dataSource;
        this.environment = environment;
        this.jdbc = new JdbcTemplate(dataSource);
        this.node = nodeName();
        this.heartbeat = heartbeat;
        this.typingTimeout = typingTimeout;
        this.clock = clock;
        this.presence = new ClusterPresence(jdbc, new TransactionTemplate(transactions), node, nodeTimeout);
    }

    /** This node's name in the cluster: host, process and a random part (a restarted node is a new one). */
    String node() {
        return node;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        channel = channelOf(jdbc.queryForObject("SELECT current_schema()", String.class));
        presence.register();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("mdo-meeting-relay").factory());
        outbound = executor;
        executor.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::endSilentRemoteTyping, 1, 1, TimeUnit.SECONDS);
        Login login = login();
        listener = new ChangeListener(login.url(), login.user(), login.password(), node, channel, this::received,
                this::connected);
        listener.start();
        running = true;
        log.info("Meeting changes are shared with the other nodes on channel {} as node {}", channel, node);
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.stop();
        }
        ScheduledExecutorService executor = outbound;
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            presence.leave();
            for (long meetingId : room.openHere()) {
                notify(RelayMessage.of(node, new MeetingChanged(meetingId, MeetingChanged.Change.ONLINE, "")));
            }
        } catch (RuntimeException databaseGone) {
            log.debug("Could not say goodbye to the other nodes; they will notice the silence", databaseGone);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void share(MeetingChanged change) {
        ScheduledExecutorService executor = outbound;
        if (executor == null || executor.isShutdown()) {
            return;
        }
        try {
            executor.execute(() -> send(change));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            // the node is shutting down
        }
    }

    @Override
    public List<String> onlineElsewhere(long meetingId) {
        if (!enabled) {
            return List.of();
        }
        List<String> known = elsewhere.get(meetingId);
        if (known != null) {
            return known;
        }
        try {
            List<String> read = presence.elsewhere(meetingId);
            elsewhere.put(meetingId, read);
            return read;
        } catch (RuntimeException databaseGone) {
            log.warn("Could not read who has meeting {} open on other nodes", meetingId, databaseGone);
            return List.of();
        }
    }

    private void send(MeetingChanged change) {
        try {
            if (change.change() == MeetingChanged.Change.ONLINE) {
                presence.here(change.meetingId(), room.onlineHere(change.meetingId()));
            }
            notify(RelayMessage.of(node, change));
        } catch (RuntimeException lost) {
            log.warn("Could not pass meeting change {} to the other nodes", change.change(), lost);
        }
    }

    private void notify(RelayMessage message) {
        jdbc.query("SELECT pg_notify(?, ?)", rs -> null, channel, message.json());
    }

    /** A notification on the channel: from another node, or this node's own (ignored). */
    private void received(String payload) {
        RelayMessage message = RelayMessage.parse(payload);
        if (message.origin().equals(node) || !room.openHere().contains(message.meeting())) {
            return;
        }
        MeetingChanged change = message.toChange();
        switch (change.change()) {
            case ONLINE -> refreshPresence(message.meeting(), true);
            case EDITING -> remoteTyping.put(RemoteTyping.of(message), clock.instant());
            case EDITING_STOPPED -> remoteTyping.remove(RemoteTyping.of(message));
            default -> {
                // the pages apply the change (a move, with its item and version) or read it themselves
            }
        }
        if (change.change() != MeetingChanged.Change.ONLINE) {
            room.deliver(change);
        }
    }

    /** The listening connection is (re)opened: the pages here read everything again. */
    private void connected() {
        boolean reconnected = connectedBefore.getAndSet(true);
        ScheduledExecutorService executor = outbound;
        if (executor != null && !executor.isShutdown()) {
            executor.execute(() -> {
                try {
                    rejoin();
                } catch (RuntimeException stillDown) {
                    log.warn("Could not announce this node's pages again", stillDown);
                }
            });
        }
        if (reconnected) {
            log.info("Hearing other nodes' meeting changes again; the open pages read their meetings again");
            for (long meetingId : room.openHere()) {
                room.deliver(new MeetingChanged(meetingId, MeetingChanged.Change.RESYNC, ""));
            }
        }
    }

    /** This node's row and presence, written again (after a lost connection or a long pause). */
    private void rejoin() {
        if (!presence.heartbeat()) {
            presence.register();
        }
        for (long meetingId : room.openHere()) {
            presence.here(meetingId, room.onlineHere(meetingId));
            notify(RelayMessage.of(node, new MeetingChanged(meetingId, MeetingChanged.Change.ONLINE, "")));
        }
        elsewhere.clear();
        for (long meetingId : room.openHere()) {
            refreshPresence(meetingId, true);
        }
    }

    /** Every heartbeat: beat, remove dead nodes, and bring the other nodes' presence up to date. */
    private void beat() {
        try {
            if (!presence.heartbeat()) {
                log.warn("This node was taken for dead by the others (a long pause?); joining again");
                presence.register();
                rejoin();
            }
            presence.removeDead();
            Set<Long> open = room.openHere();
            elsewhere.keySet().retainAll(open);
            for (long meetingId : open) {
                refreshPresence(meetingId, false);
            }
        } catch (RuntimeException databaseGone) {
            log.warn("Heartbeat failed; the other nodes will count this node as gone if it lasts", databaseGone);
        }
    }

    /** Reads the other nodes' names for the meeting; tells the pages here when they changed (or always). */
    private void refreshPresence(long meetingId, boolean always) {
        List<String> now = presence.elsewhere(meetingId);
        List<String> before = elsewhere.put(meetingId, now);
        if (always || !now.equals(before)) {
            room.deliver(new MeetingChanged(meetingId, MeetingChanged.Change.ONLINE, ""));
        }
    }

    /**
     * A node that died while someone typed there never says the typing stopped. Timed by the
     * application's clock, as the typing of this node's own pages is.
     */
    private void endSilentRemoteTyping() {
        Instant silentSince = clock.instant().minus(typingTimeout).minus(heartbeat);
        remoteTyping.forEach((who, last) -> {
            if (last.isBefore(silentSince) && remoteTyping.remove(who, last)) {
                room.deliver(new MeetingChanged(who.meeting(), MeetingChanged.Change.EDITING_STOPPED, who.by(),
                        who.item(), who.field()));
            }
        });
    }

    /**
     * Notifications reach every database session listening on the channel, whatever its schema; the
     * channel carries the schema's name so that two installations (or test runs) in one database
     * never hear each other.
     */
    static String channelOf(@Nullable String schema) {
        String safe = (schema == null ? "public" : schema).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String name = "mdo_meetings_" + safe;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "node";
        }
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        String name = host + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    /** How to open the listening connection: as the pool does, but outside it. */
    private Login login() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                return new Login(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            }
        } catch (SQLException notHikari) {
            // fall back to the settings
        }
        return new Login(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }

    private record Login(String url, @Nullable String user, @Nullable String password) {}

    /** Someone typing in a live text on another node. */
    private record RemoteTyping(String origin, long meeting, String by, @Nullable Long item,
            @Nullable SharedField field) {

        static RemoteTyping of(RelayMessage message) {
            return new RemoteTyping(message.origin(), message.meeting(), message.by(), message.item(),
                    message.field());
        }
    }
}
