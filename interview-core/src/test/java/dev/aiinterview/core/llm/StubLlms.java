package dev.aiinterview.core.llm;

import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** LLM providers made of one function, for the gateway's tests: one that only answers asynchronously, one that blocks. */
final class StubLlms {

    /** A provider that implements only {@code generateAsync}. */
    static LlmProvider async(String id, Function<LlmRequest, CompletableFuture<LlmResponse>> reply) {
        return new Stub(id) {
            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest r) {
                return reply.apply(r);
            }
        };
    }

    /** A provider that implements only the blocking {@code generate}. */
    static LlmProvider blocking(String id, Function<LlmRequest, LlmResponse> reply) {
        return new Stub(id) {
            @Override
            public LlmResponse generate(LlmRequest r) {
                return reply.apply(r);
            }
        };
    }

    private abstract static class Stub implements LlmProvider {
        private final String id;

        Stub(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }
    }

    private StubLlms() {
    }
}
