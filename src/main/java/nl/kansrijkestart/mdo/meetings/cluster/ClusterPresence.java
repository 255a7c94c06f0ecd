package nl.kansrijkestart.mdo.meetings.cluster;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's row in {@code cluster_node} with its heartbeat, and the names of the people who have
 * a meeting open on it in {@code meeting_presence} (migration V086). Times are the database's, so
 * the nodes' clocks need not agree. A node whose heartbeat is older than the timeout counts as
 * dead: its names are no longer read, and its rows are removed (with its presence, by cascade).
 */
final class ClusterPresence {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String node;
    private final double timeoutSeconds;

    ClusterPresence(JdbcTemplate jdbc, TransactionTemplate transaction, String node, Duration timeout) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.node = node;
        this.timeoutSeconds = timeout.toMillis() / 1000.0;
    }

    /** Registers this node; its presence starts empty. */
    void register() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", node);
            jdbc.update("INSERT INTO cluster_node (node_id, started_at, heartbeat_at)"
                    + " VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", node);
        });
    }

    /** Returns false when this node's row was gone (removed as dead after a long pause): register again. */
    boolean heartbeat() {
        return jdbc.update("UPDATE cluster_node SET heartbeat_at = CURRENT_TIMESTAMP WHERE node_id = ?", node) == 1;
    }

    /** Removes the nodes silent for longer than the timeout, with their presence; returns how many. */
    int removeDead() {
        return jdbc.update("DELETE FROM cluster_node WHERE node_id <> ? AND heartbeat_at < CURRENT_TIMESTAMP - "
                + "CAST(? AS DOUBLE PRECISION) * INTERVAL '1 second'", node, timeoutSeconds);
    }

    /** Replaces the names this node has in the meeting. */
    void here(long meetingId, Collection<String> names) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM meeting_presence WHERE node_id = ? AND meeting_id = ?", node, meetingId);
            for (String name : names) {
                jdbc.update("INSERT INTO meeting_presence (node_id, meeting_id, display_name) VALUES (?, ?, ?)",
                        node, meetingId, name);
            }
        });
    }

    /** The names other living nodes have in the meeting, each once, sorted. */
    List<String> elsewhere(long meetingId) {
        return jdbc.queryForList("SELECT DISTINCT p.display_name FROM meeting_presence p"
                + " JOIN cluster_node n ON n.node_id = p.node_id"
                + " WHERE p.meeting_id = ? AND p.node_id <> ?"
                + " AND n.heartbeat_at >= CURRENT_TIMESTAMP - CAST(? AS DOUBLE PRECISION) * INTERVAL '1 second'"
                + " ORDER BY p.display_name", String.class, meetingId, node, timeoutSeconds);
    }

    /** This node leaves the cluster: its row and its presence go. */
    void leave() {
        jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", node);
    }
}
