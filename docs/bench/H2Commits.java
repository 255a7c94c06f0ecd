import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;

/**
 * Commits per second on an H2 file database, with H2's default write delay and with every commit
 * written at once (WRITE_DELAY=0, the application's setting). One thread, one row per transaction,
 * the median of five rounds of 3 seconds each. See docs/benchmarks.md for the command.
 */
public class H2Commits {

    public static void main(String[] args) throws Exception {
        commitsPerSecond(""); // warm up the JIT so that the first measured round is not the slowest
        for (String setting : new String[] {"", ";WRITE_DELAY=0"}) {
            double[] rounds = new double[5];
            for (int round = 0; round < rounds.length; round++) {
                rounds[round] = commitsPerSecond(setting);
            }
            Arrays.sort(rounds);
            System.out.printf("%-22s median %6.0f commits/s (rounds %s)%n",
                    setting.isEmpty() ? "H2 default" : setting.substring(1), rounds[2], Arrays.toString(
                            Arrays.stream(rounds).map(Math::rint).toArray()));
        }
    }

    private static double commitsPerSecond(String setting) throws Exception {
        Path dir = Files.createTempDirectory("h2-commits");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir + "/bench" + setting, "sa", "")) {
            connection.createStatement().execute("create table entry (id bigint primary key, text varchar(200))");
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement("insert into entry values (?, ?)");
            long end = System.nanoTime() + 3_000_000_000L;
            long start = System.nanoTime();
            int commits = 0;
            while (System.nanoTime() < end) {
                insert.setLong(1, commits);
                insert.setString(2, "Vastgelegd in een overleg, nummer " + commits);
                insert.executeUpdate();
                connection.commit();
                commits++;
            }
            return commits / ((System.nanoTime() - start) / 1e9);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }
}
