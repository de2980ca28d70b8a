package dev.aiinterview.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.InterviewStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StateKeeperTest {

    /** A store that records what it saved and can be made to wait or fail. */
    private static final class RecordingStore implements InterviewStore {
        final List<String> saved = new CopyOnWriteArrayList<>();
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile CountDownLatch entered = new CountDownLatch(1);
        volatile RuntimeException failure;

        @Override
        public void save(SessionState state) {
            entered.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            saved.add(state.metadata().get("v"));
        }

        @Override
        public Optional<SessionState> load(String sessionId) {
            return Optional.empty();
        }

        @Override
        public List<String> ids() {
            return List.of();
        }

        @Override
        public void delete(String sessionId) {
        }
    }

    private final SessionState initial = version("0");
    private final RecordingStore store = new RecordingStore();
    private final List<String> published = new CopyOnWriteArrayList<>();

    private static SessionState version(String v) {
        SessionState s = SessionMachineTest.created();
        return new SessionState(s.id(), s.status(), s.plan(), s.turns(), s.maxFollowUps(), s.createdAt(),
                s.consentedAt(), s.endedAt(), s.endReason(), s.accounting(), s.enginesUsed(), s.report(),
                Map.of("v", v));
    }

    private static SessionMachine.Step step(String v) {
        return new SessionMachine.Step(version(v), List.of(new InterviewEvent.SessionAbandoned("s-1", Instant.EPOCH,
                "event " + v)));
    }

    private StateKeeper keeper(EventBus bus) {
        return new StateKeeper(initial, store, bus);
    }

    private EventBus recordingBus() {
        return new EventBus(List.of(e -> published.add(((InterviewEvent.SessionAbandoned) e).reason()
                + " with stored " + store.saved)));
    }

    private static void awaitCommitted(StateKeeper keeper, String v) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!v.equals(keeper.state().metadata().get("v")) && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(keeper.state().metadata()).containsEntry("v", v);
    }

    private static StateKeeper.Ticket commit(StateKeeper keeper, String v) {
        return keeper.locked(() -> keeper.commit(step(v)));
    }

    @Test
    void givenAChangeWhenPersistedThenItIsSavedBeforeItsEventIsPublished() {
        StateKeeper keeper = keeper(recordingBus());

        keeper.persist(commit(keeper, "1"));

        assertThat(store.saved).containsExactly("1");
        assertThat(published).containsExactly("event 1 with stored [1]");
    }

    @Test
    void givenASlowSaveWhenANewerChangeComesMeanwhileThenItIsSavedAfterAndEventsKeepTheirOrder() throws Exception {
        // given: the first change's save is held in the store
        StateKeeper keeper = keeper(recordingBus());
        store.gate = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> keeper.persist(commit(keeper, "1")));
        assertThat(store.entered.await(5, TimeUnit.SECONDS)).isTrue();

        // when: two more changes arrive while it saves, and the save then finishes
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> keeper.persist(commit(keeper, "2")));
        // In this order: started together, the two threads could commit "3" before "2".
        awaitCommitted(keeper, "2");
        CompletableFuture<Void> third = CompletableFuture.runAsync(() -> keeper.persist(commit(keeper, "3")));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        store.gate.countDown();
        CompletableFuture.allOf(first, second, third).get(5, TimeUnit.SECONDS);

        // then: the newest state is stored last, and each event followed its own state's save
        assertThat(store.saved.get(store.saved.size() - 1)).isEqualTo("3");
        assertThat(store.saved.get(0)).isEqualTo("1");
        assertThat(keeper.state().metadata()).containsEntry("v", "3");
        assertThat(published).hasSize(3);
        assertThat(published.get(0)).startsWith("event 1 ");
        assertThat(published.get(1)).startsWith("event 2 ").doesNotContain("stored [1]");
        assertThat(published.get(2)).startsWith("event 3 ").endsWith("3]");
    }

    @Test
    void givenAListenerWaitingOnAnotherThreadWhenThatThreadChangesTheSessionThenItIsSavedWithoutWaiting()
            throws Exception {
        // given: a listener that waits on the first event until released
        var release = new CountDownLatch(1);
        var inListener = new CountDownLatch(1);
        StateKeeper keeper = keeper(new EventBus(List.of(e -> {
            String reason = ((InterviewEvent.SessionAbandoned) e).reason();
            published.add(reason);
            if (reason.equals("event 1")) {
                inListener.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        })));
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> keeper.persist(commit(keeper, "1")));
        assertThat(inListener.await(5, TimeUnit.SECONDS)).isTrue();

        // when: another thread changes the session while the listener waits
        CompletableFuture.runAsync(() -> keeper.persist(commit(keeper, "2"))).get(5, TimeUnit.SECONDS);

        // then: the change is stored at once, and its event follows once the listener returns
        assertThat(store.saved).containsExactly("1", "2");
        assertThat(published).containsExactly("event 1");
        release.countDown();
        first.get(5, TimeUnit.SECONDS);
        assertThat(published).containsExactly("event 1", "event 2");
    }

    @Test
    void givenManyThreadsChangingTheSessionThenSavesNeverGoBackAndEventsFollowTheOrderOfTheChanges()
            throws Exception {
        // given: transitions that count up, and a listener that records each event with the store's newest save
        var order = new CopyOnWriteArrayList<Integer>();
        var eventsBeforeTheirSave = new CopyOnWriteArrayList<Integer>();
        StateKeeper keeper = keeper(new EventBus(List.of(e -> {
            int v = Integer.parseInt(((InterviewEvent.SessionAbandoned) e).reason());
            order.add(v);
            if (Integer.parseInt(store.saved.get(store.saved.size() - 1)) < v) {
                eventsBeforeTheirSave.add(v);
            }
        })));
        var executor = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            // when: 8 threads make 400 changes, each one step on from the newest state
            var done = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < 400; i++) {
                done.add(CompletableFuture.runAsync(() -> keeper.persist(keeper.locked(() -> {
                    int next = Integer.parseInt(keeper.current().metadata().get("v")) + 1;
                    return keeper.commit(new SessionMachine.Step(version(String.valueOf(next)), List.of(
                            new InterviewEvent.SessionAbandoned("s-1", Instant.EPOCH, String.valueOf(next)))));
                })), executor));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }

        // then
        List<Integer> saved = store.saved.stream().map(Integer::parseInt).toList();
        assertThat(saved).isSorted().doesNotHaveDuplicates();
        assertThat(saved.get(saved.size() - 1)).isEqualTo(400);
        assertThat(order).hasSize(400).isSorted();
        assertThat(eventsBeforeTheirSave).isEmpty();
    }

    @Test
    void givenAFailingStoreWhenAChangeIsPersistedThenTheCallerGetsTheErrorAndTheChangeIsUndone() {
        StateKeeper keeper = keeper(recordingBus());
        store.failure = new IllegalStateException("disk full");

        assertThatThrownBy(() -> keeper.persist(commit(keeper, "1"))).hasMessage("disk full");

        assertThat(keeper.state()).isEqualTo(initial);
        assertThat(published).isEmpty();
        store.failure = null;
        keeper.persist(commit(keeper, "2"));
        assertThat(store.saved).containsExactly("2");
        assertThat(published).containsExactly("event 2 with stored [2]");
    }

    @Test
    void givenTheLockHeldWhenPersistingThenItIsRefused() {
        StateKeeper keeper = keeper(recordingBus());

        assertThatThrownBy(() -> keeper.locked(() -> {
            keeper.persist(keeper.commit(step("1")));
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("lock released");
        assertThatThrownBy(() -> keeper.commit(step("2"))).isInstanceOf(IllegalStateException.class);
    }
}
