package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.LlmRequest;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class OfflineLlmProviderTest {

    @Test
    void serviceLoaderFindsTheOfflineEngine() {
        assertThat(ServiceLoader.load(LlmProviderFactory.class).stream().map(p -> p.get().id()))
                .contains("offline");
    }

    @Test
    void aTaskItDoesNotKnowIsAnInvalidRequestThatListsTheTasksItServes() {
        var request = LlmRequest.builder().task("poem").taskVersion("v1").systemInstruction("s").userPrompt("u")
                .inputJson("{}").build();

        assertThatThrownBy(() -> Serve.ENGINE.generate(request))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("poem").hasMessageContaining("answer-evaluation");
    }

    @Test
    void aRequestWithoutContractInputIsAnInvalidRequestThatNamesTheFix() {
        var request = LlmRequest.builder().task("jd-analysis").taskVersion("v1").systemInstruction("s")
                .userPrompt("u").build();

        assertThatThrownBy(() -> Serve.ENGINE.generate(request))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("PromptContract.request(input)");
    }

    @Test
    void malformedContractInputIsAnInvalidRequest() {
        var request = LlmRequest.builder().task("jd-analysis").taskVersion("v1").systemInstruction("s")
                .userPrompt("u").inputJson("{\"jobDescription\": [1, 2]}").build();

        assertThatThrownBy(() -> Serve.ENGINE.generate(request)).isInstanceOf(InvalidRequestException.class);
    }
}
