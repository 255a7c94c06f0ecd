package nl.kansrijkestart.mdo.meetings;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.kansrijkestart.mdo.identity.CurrentUser;
import nl.kansrijkestart.mdo.identity.CurrentUserService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open pages of each meeting, held in memory: who has the meeting open, and where to pass on a
 * committed {@link MeetingChanged}.
 *
 * <p>Nobody waits for anybody: a change is handed to each page on a small pool of delivery threads
 * ({@code mdo.meetings.delivery-threads}, default four), never on the thread that made it, so the
 * chair's click returns at once whatever the number of open pages. Each page receives its changes
 * one at a time and in the order they were committed; a slow page delays only itself.
 *
 * <p>Presence tells the truth: a page entered with a heartbeat (see {@link #enterWithHeartbeat})
 * that has not been heard from ({@link Seat#heard()}) for {@code mdo.meetings.presence-timeout}
 * (default 30 seconds; the page's heartbeat must come more often) leaves the room, so a crashed tab
 * or a closed laptop no longer shows as present, is no longer redrawn and no longer reads in its
 * user's name. When a page was last heard from and when it is silent are both told by the
 * application's {@link Clock}, never by one clock against another.
 *
 * <p>It also knows who is typing where: a page that sends no typing signal for a field for
 * {@code mdo.meetings.typing-timeout} (default five seconds), or closes, has stopped editing it,
 * and the other pages are told so that "X bewerkt dit veld" does not stay behind.
 *
 * <p>With several application nodes, every change also goes to the {@link MeetingRelay}, which
 * brings the other nodes' changes back through {@link #deliver} and their presence into
 * {@link #online}.
 */
@Component
public class MeetingRoom {

    private static final Logger log = LoggerFactory.getLogger(MeetingRoom.class);

    private final Map<Long, Set<Member>> rooms = new ConcurrentHashMap<>();
    private final Map<Typing, Instant> typing = new ConcurrentHashMap<>();
    private final MeetingGuard guard;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final Duration typingTimeout;
    private final Duration presenceTimeout;
    private final ExecutorService delivery;
    private final ObjectProvider<MeetingRelay> relay;

    MeetingRoom(MeetingGuard guard, CurrentUserService currentUser, Clock clock,
            @Value("${mdo.meetings.typing-timeout:PT5S}") Duration typingTimeout,
            @Value("${mdo.meetings.presence-timeout:PT30S}") Duration presenceTimeout,
            @Value("${mdo.meetings.delivery-threads:4}") int deliveryThreads, ObjectProvider<MeetingRelay> relay) {
        this.relay = relay;
        this.guard = guard;
        this.currentUser = currentUser;
        this.clock = clock;
        this.typingTimeout = typingTimeout;
        this.presenceTimeout = presenceTimeout;
        this.delivery = Executors.newFixedThreadPool(deliveryThreads,
                Thread.ofVirtual().name("meeting-delivery-", 0).factory());
    }

    @PreDestroy
    void stopDelivering() {
        delivery.shutdownNow();
    }

    /**
     * The signed-in participant opens the meeting; the returned action leaves it again and must be
     * called when the page closes, otherwise the room keeps the page (and its UI) alive.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Runnable join(long meetingId, Consumer<MeetingChanged> listener) {
        return enter(meetingId, listener)::leave;
    }

    /**
     * Like {@link #join}, and the returned seat also tells the others while this page types in a
     * live text. Only a page that got in through the guard holds a seat, so typing signals need no
     * further check and touch no database.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Seat enter(long meetingId, Consumer<MeetingChanged> listener) {
        return enter(meetingId, listener, false);
    }

    /**
     * Like {@link #enter(long, Consumer)} for a page with a heartbeat (for a browser page: Vaadin's),
     * which calls {@link Seat#heard()} at every beat. When the last beat is longer ago than the
     * presence timeout, the page leaves the room as if it had closed.
     */
    @PreAuthorize("hasAnyRole('PROFESSIONAL','CHAIR')")
    @Transactional(readOnly = true)
    public Seat enterWithHeartbeat(long meetingId, Consumer<MeetingChanged> listener) {
        return enter(meetingId, listener, true);
    }

    private Seat enter(long meetingId, Consumer<MeetingChanged> listener, boolean heartbeat) {
        CurrentUser me = currentUser.require();
        guard.forParticipant(me, meetingId);
        Member member = new Member(me.displayName(), listener, heartbeat ? clock.instant() : null);
        rooms.computeIfAbsent(meetingId, id -> ConcurrentHashMap.newKeySet()).add(member);
        announce(new MeetingChanged(meetingId, MeetingChanged.Change.ONLINE, me.displayName()), member);
        return new Seat(meetingId, member);
    }

    /** The names of the people who have the meeting open now, on any node, each once, sorted. */
    public List<String> online(long meetingId) {
        MeetingRelay elsewhere = relay.getIfAvailable();
        return Stream.concat(onlineHere(meetingId).stream(),
                elsewhere == null ? Stream.empty() : elsewhere.onlineElsewhere(meetingId).stream())
                .distinct().sorted().toList();
    }

    /** The names of the people who have the meeting open on this node, each once, sorted. */
    public List<String> onlineHere(long meetingId) {
        return rooms.getOrDefault(meetingId, Set.of()).stream().map(Member::name).distinct().sorted().toList();
    }

    /** The meetings that have a page open on this node. */
    public Set<Long> openHere() {
        return Set.copyOf(rooms.keySet());
    }

    /** A change made on another node: passed to every page open here, and no further. */
    public void deliver(MeetingChanged fromElsewhere) {
        tell(fromElsewhere, null);
    }

    int openPages(long meetingId) {
        return rooms.getOrDefault(meetingId, Set.of()).size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(MeetingChanged change) {
        announce(change, null);
    }

    /** Tells the other pages who stopped typing: no signal within the timeout. Runs every second. */
    @Scheduled(fixedDelayString = "${mdo.meetings.typing-check:PT1S}")
    void stopSilentTyping() {
        stopSilentTyping(clock.instant());
    }

    /**
     * Removes the pages that went silent, by the application's clock (the one their heartbeats are
     * noted with). Runs every five seconds unless configured otherwise.
     */
    @Scheduled(fixedDelayString = "${mdo.meetings.presence-check:PT5S}")
    void leaveSilentPages() {
        leaveSilentPages(clock.instant());
    }

    /**
     * Every page not heard from within the presence timeout before {@code now} leaves the room: the
     * others see it gone, and it receives no more changes (so it is not redrawn and reads nothing
     * in its user's name). Its page may enter again when it comes back.
     */
    public void leaveSilentPages(Instant now) {
        Instant silentSince = now.minus(presenceTimeout);
        rooms.forEach((meetingId, members) -> List.copyOf(members).stream()
                .filter(member -> member.silentSince(silentSince))
                .forEach(member -> {
                    log.info("A page of meeting {} was not heard from since before {}; it leaves the room",
                            meetingId, silentSince);
                    leave(meetingId, member);
                }));
    }

    /** Ends the typing of every page that sent no signal within the timeout before {@code now}. */
    public void stopSilentTyping(Instant now) {
        Instant silentSince = now.minus(typingTimeout);
        typing.forEach((who, last) -> {
            if (last.isBefore(silentSince) && typing.remove(who, last)) {
                stoppedTyping(who);
            }
        });
    }

    private void leave(long meetingId, Member member) {
        member.leave();
        rooms.computeIfPresent(meetingId, (id, members) -> {
            members.remove(member);
            return members.isEmpty() ? null : members;
        });
        typing.keySet().removeIf(who -> {
            boolean left = who.member() == member;
            if (left) {
                stoppedTyping(who);
            }
            return left;
        });
        announce(new MeetingChanged(meetingId, MeetingChanged.Change.ONLINE, member.name()), member);
    }

    private void stoppedTyping(Typing who) {
        announce(new MeetingChanged(who.meetingId(), MeetingChanged.Change.EDITING_STOPPED, who.member().name(),
                who.itemId(), who.field()), who.member());
    }

    /** A change made on this node: to this node's pages, then to the other nodes. */
    private void announce(MeetingChanged change, @Nullable Member except) {
        tell(change, except);
        MeetingRelay elsewhere = relay.getIfAvailable();
        if (elsewhere != null) {
            elsewhere.share(change);
        }
    }

    /** Hands the change to every open page but {@code except}, which knows already; returns at once. */
    private void tell(MeetingChanged change, @Nullable Member except) {
        for (Member member : List.copyOf(rooms.getOrDefault(change.meetingId(), Set.of()))) {
            if (member != except) {
                member.deliver(change);
            }
        }
    }

    /** One open page in the room. */
    public final class Seat {
        private final long meetingId;
        private final Member member;

        private Seat(long meetingId, Member member) {
            this.meetingId = meetingId;
            this.member = member;
        }

        /**
         * This page is typing in a live text; the other pages show who is editing it until the
         * signals stop. Nothing is stored in the database.
         */
        public void editing(long itemId, SharedField field) {
            typing.put(new Typing(meetingId, member, itemId, field), clock.instant());
            announce(new MeetingChanged(meetingId, MeetingChanged.Change.EDITING, member.name(), itemId, field), member);
        }

        /**
         * The page's heartbeat arrived: it stays in the room for another presence timeout, counted
         * from now on the application's clock. No effect for a page entered without heartbeat.
         */
        public void heard() {
            member.heard(clock.instant());
        }

        /** Must be called when the page closes, otherwise the room keeps the page (and its UI) alive. */
        public void leave() {
            MeetingRoom.this.leave(meetingId, member);
        }

        /** False once the page left the room, by closing or by going silent. */
        public boolean inRoom() {
            return !member.left;
        }
    }

    /** One page typing in one live text. */
    private record Typing(long meetingId, Member member, long itemId, SharedField field) {}

    /**
     * One open page. Not a record: two pages of the same person are two members. Its changes wait
     * in its own queue, drained by one delivery thread at a time, so they arrive in order.
     */
    private final class Member {
        private final String name;
        private final Consumer<MeetingChanged> listener;
        /** When the page's heartbeat was last heard, or {@code null} for a page without heartbeat. */
        private volatile @Nullable Instant lastHeard;
        private final Queue<MeetingChanged> waiting = new ArrayDeque<>();
        private boolean draining;
        private volatile boolean left;

        Member(String name, Consumer<MeetingChanged> listener, @Nullable Instant lastHeard) {
            this.name = name;
            this.listener = listener;
            this.lastHeard = lastHeard;
        }

        String name() {
            return name;
        }

        void heard(Instant now) {
            if (lastHeard != null) {
                lastHeard = now;
            }
        }

        /** Whether this page has a heartbeat and last sent it before {@code moment}. */
        boolean silentSince(Instant moment) {
            Instant last = lastHeard;
            return last != null && last.isBefore(moment);
        }

        void deliver(MeetingChanged change) {
            synchronized (waiting) {
                if (left) {
                    return;
                }
                waiting.add(change);
                if (draining) {
                    return;
                }
                draining = true;
            }
            try {
                delivery.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                synchronized (waiting) {
                    waiting.clear();
                    draining = false;
                }
            }
        }

        private void drain() {
            while (true) {
                MeetingChanged next;
                synchronized (waiting) {
                    next = left ? null : waiting.poll();
                    if (next == null) {
                        waiting.clear();
                        draining = false;
                        return;
                    }
                }
                try {
                    listener.accept(next);
                } catch (RuntimeException broken) {
                    // One closed or broken page must not keep the change from the others.
                    log.warn("Could not pass meeting change {} to an open page", next, broken);
                }
            }
        }

        void leave() {
            synchronized (waiting) {
                left = true;
                waiting.clear();
            }
        }
    }
}
