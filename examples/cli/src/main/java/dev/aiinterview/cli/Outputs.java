package dev.aiinterview.cli;

import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files a command was asked for. */
final class Outputs {

    /** Writes UTF-8 text, creating missing parent folders; a path that cannot be written is bad input. */
    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "): choose a path in a folder you can write to.", e);
        }
    }

    private Outputs() {
    }
}
