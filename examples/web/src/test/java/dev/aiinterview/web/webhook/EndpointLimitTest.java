package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The endpoint limit holds when endpoints are added at the same time, as by parallel API calls. */
class EndpointLimitTest {

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    private static final int AT_ONCE = 8;

    @Test
    void endpointsAddedAtOnceNeverPassTheLimit() throws Exception {
        try (var f = new OutboxFixture(engine())) {
            ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
            try {
                for (int round = 0; round < 20; round++) {
                    // given an organization one endpoint below the limit
                    f.db.update("DELETE FROM webhook_endpoint");
                    for (int i = 0; i < Webhooks.MAX_ENDPOINTS - 1; i++) {
                        f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks/" + i,
                                Set.of("report.ready"));
                    }

                    // when several requests add one at the same moment
                    var barrier = new CyclicBarrier(AT_ONCE);
                    List<Future<Boolean>> tries = new ArrayList<>();
                    for (int t = 0; t < AT_ONCE; t++) {
                        String url = "https://ats.example/late/" + t;
                        tries.add(pool.submit(() -> {
                            barrier.await();
                            try {
                                f.webhooks.create(Organizations.DEFAULT_ID, url, Set.of("report.ready"));
                                return true;
                            } catch (IllegalArgumentException refused) {
                                assertThat(refused).hasMessageContaining("at most " + Webhooks.MAX_ENDPOINTS);
                                return false;
                            }
                        }));
                    }
                    int added = 0;
                    for (Future<Boolean> t : tries) {
                        added += t.get(60, TimeUnit.SECONDS) ? 1 : 0;
                    }

                    // then exactly one is added and the others are refused
                    assertThat(added).as("round " + round).isEqualTo(1);
                    assertThat(f.webhooks.list(Organizations.DEFAULT_ID)).hasSize(Webhooks.MAX_ENDPOINTS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
