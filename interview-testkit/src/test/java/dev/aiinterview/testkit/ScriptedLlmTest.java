package dev.aiinterview.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.LlmRequest;
import org.junit.jupiter.api.Test;

class ScriptedLlmTest {

    private static LlmRequest request(String task) {
        return LlmRequest.builder().task(task).systemInstruction("s").userPrompt("u").build();
    }

    @Test
    void queuedRepliesAndFailuresComeInOrderPerTaskAndEveryRequestIsRecorded() {
        var llm = new ScriptedLlm()
                .reply("a", "first", "second")
                .fail("b", new ProviderUnavailableException("scripted", "down"));

        assertThat(llm.generate(request("a")).text()).isEqualTo("first");
        assertThatThrownBy(() -> llm.generate(request("b"))).isInstanceOf(ProviderUnavailableException.class);
        assertThat(llm.generate(request("a")).text()).isEqualTo("second");
        assertThat(llm.callCount()).isEqualTo(3);
        assertThat(llm.requests("a")).hasSize(2);
    }

    @Test
    void aTaskWithNothingQueuedFailsWithAMessageNamingIt() {
        assertThatThrownBy(() -> new ScriptedLlm().generate(request("answer-evaluation")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("answer-evaluation");
    }
}
