package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that fails half-way closes what it had opened, the last first, and leaves no thread running. */
class StartFailureCleanUpTest {

    @Test
    void aPortInUseStopsTheStartWithTheDatabaseClosedAndNoThreadLeft(@TempDir Path dir) throws Exception {
        try (var taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
            // given
            Map<String, String> config = Map.of(WebSettings.PORT, String.valueOf(taken.getLocalPort()),
                    WebSettings.DATA_DIR, dir.toString(), WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD,
                    "interview.llm.provider", "offline", "interview.stt.provider", "playback");
            Set<Thread> before = nonDaemonThreads();
            Set<Thread> appThreadsBefore = appThreads();

            // when / then
            assertThatThrownBy(() -> WebApp.start(ConfigSource.of(config))).isInstanceOf(RuntimeException.class);
            assertThat(openSessions(WebSettings.from(ConfigSource.of(config))))
                    .as("the pool's connections are closed: only this one is open").isEqualTo(1);
            assertThat(threadsLeftBesides(before)).as("non-daemon threads left by the failed start").isEmpty();
            assertThat(appThreads()).as("the app's own daemon threads (workers, retention timer, database pool)")
                    .isSubsetOf(appThreadsBefore);
        }
    }

    @Test
    void resourcesAreClosedInReverseEvenWhenOneFailsToClose() {
        // given
        var closed = new ArrayList<String>();
        var resources = new Resources();
        resources.opened("database", closed::add);
        resources.opened("workers", r -> {
            closed.add(r);
            throw new IllegalStateException("cannot stop " + r);
        });
        resources.opened("server", closed::add);
        var failure = new IllegalStateException("port in use");

        // when
        resources.closeAfter(failure);

        // then
        assertThat(closed).containsExactly("server", "workers", "database");
        assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("cannot stop workers");
    }

    /** Threads the app names: its workers, its retention timer and the database pool's housekeeping. */
    private static Set<Thread> appThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("interview-"))
                .collect(Collectors.toSet());
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    /** Threads stopping take a moment: waits up to five seconds for them to end. */
    private static List<String> threadsLeftBesides(Set<Thread> before) throws InterruptedException {
        List<String> left = List.of();
        for (int i = 0; i < 50; i++) {
            left = nonDaemonThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return left;
    }

    private static int openSessions(WebSettings web) throws SQLException {
        try (var connection = DriverManager.getConnection(web.jdbcUrl(), web.jdbcUser(), web.jdbcPassword());
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
