package nl.kansrijkestart.mdo.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/** The access log as tests read it: where it stands now, and whose reads came after that. */
public final class AccessLogRows {

    private AccessLogRows() {
    }

    /** The id of the newest access-log entry, 0 for an empty log. */
    public static long last(JdbcTemplate jdbc) {
        Long last = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return last == null ? 0 : last;
    }

    /** How many READ entries in {@code username}'s name came after entry {@code since}. */
    public static int readsOf(JdbcTemplate jdbc, String username, long since) {
        Integer reads = jdbc.queryForObject("select count(*) from audit_entry where id > ? and username = ?"
                + " and action = 'READ'", Integer.class, since, username);
        return reads == null ? 0 : reads;
    }
}
