package nl.kansrijkestart.mdo.meetings.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One dedicated database connection per node, outside the pool, that LISTENs on the meeting
 * channel and hands every notification to the relay, on a thread of its own. A lost connection is
 * opened again (after a pause that grows to {@link #MAX_PAUSE}); every time it is (re)opened the
 * relay is told, so that the pages here read again what they may have missed meanwhile. An idle
 * connection is checked every {@link #PROBE} so a silently dropped one is noticed.
 */
final class ChangeListener implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Duration PROBE = Duration.ofSeconds(10);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    private final String url;
    private final Properties login;
    private final String channel;
    private final Consumer<String> received;
    private final Runnable connected;
    private volatile boolean running = true;
    private volatile @Nullable Connection connection;
    private @Nullable Thread thread;

    ChangeListener(String url, @Nullable String user, @Nullable String password, String node, String channel,
            Consumer<String> received, Runnable connected) {
        this.url = url;
        this.login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        login.setProperty("ApplicationName", ("mdo-relay " + node).substring(0, Math.min(63, node.length() + 10)));
        login.setProperty("tcpKeepAlive", "true");
        this.channel = channel;
        this.received = received;
        this.connected = connected;
    }

    void start() {
        thread = Thread.ofPlatform().daemon().name("mdo-meeting-listener").start(this);
    }

    void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        Duration pause = Duration.ofMillis(500);
        while (running) {
            try (Connection open = DriverManager.getConnection(url, login)) {
                connection = open;
                try (Statement listen = open.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                pause = Duration.ofMillis(500);
                connected.run();
                listen(open);
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("Lost the connection that hears other nodes' meeting changes; opening it again in {}",
                            pause, lost);
                }
            } finally {
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void listen(Connection open) throws SQLException {
        PGConnection pg = open.unwrap(PGConnection.class);
        long probeAt = System.nanoTime() + PROBE.toNanos();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    try {
                        received.accept(notification.getParameter());
                    } catch (RuntimeException broken) {
                        log.warn("Could not pass on a meeting change from another node: {}",
                                notification.getParameter(), broken);
                    }
                }
            }
            if (System.nanoTime() > probeAt) {
                try (Statement probe = open.createStatement()) {
                    probe.execute("SELECT 1");
                }
                probeAt = System.nanoTime() + PROBE.toNanos();
            }
        }
    }
}
