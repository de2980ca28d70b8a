package dev.aiinterview.api.config;

import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import java.util.Map;

/** A provider on the test class path that reads a conventional variable every machine has: {@code HOME}. */
public final class HomeAliasFactory implements LlmProviderFactory {

    static final String KEY = "interview.test-home.dir";

    @Override
    public String id() {
        return "test-home";
    }

    @Override
    public String description() {
        return "declares an environment alias, for ConfigSourceTest";
    }

    @Override
    public Map<String, String> environmentAliases() {
        return Map.of(KEY, "HOME");
    }

    @Override
    public LlmProvider create(ConfigSource config) {
        throw new UnsupportedOperationException("only its aliases are used");
    }
}
