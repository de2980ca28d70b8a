package dev.aiinterview.cli;

/**
 * Switches slf4j-simple to DEBUG for the SDK under {@code --verbose}. System properties override
 * {@code simplelogger.properties}; they must be set before the first logger is created, which is why the command
 * looks providers up only after parsing.
 */
final class Logging {

    static void configure(boolean verbose) {
        if (verbose) {
            // DEBUG for the SDK only: the schema libraries are chatty at DEBUG and say nothing a user needs.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.dev.aiinterview", "debug");
        }
    }

    private Logging() {
    }
}
