package dev.aiinterview.api.error;

import java.util.List;

/**
 * No provider could be chosen: none is on the classpath, several are and none was chosen, or the chosen id is
 * not among them. The message lists the ids found and names the setting or Maven artifact that fixes it.
 */
public class ProviderSelectionException extends ConfigurationException {

    private final List<String> available;

    public ProviderSelectionException(String message, List<String> available) {
        super(message);
        this.available = List.copyOf(available);
    }

    /** The provider ids that were found. */
    public List<String> available() {
        return available;
    }
}
