package dev.aiinterview.vosk;

import dev.aiinterview.api.error.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Recognises a Vosk model folder, so a wrong path fails with advice before the native library sees it. */
final class ModelFolders {

    /** Whether the folder holds a model: current models keep the acoustic model in am/, older ones at the top. */
    static boolean looksLikeModel(Path folder) {
        return Files.isRegularFile(folder.resolve("am").resolve("final.mdl"))
                || Files.isRegularFile(folder.resolve("final.mdl"));
    }

    /** The folder itself, or a {@link ConfigurationException} saying what is wrong with it and how to fix it. */
    static Path check(Path folder, String key) {
        String where = "Setting '" + key + "' (VOSK_MODEL_PATH) is '" + folder + "'";
        if (!Files.exists(folder)) {
            throw new ConfigurationException(where + ", which does not exist: " + howToGetOne());
        }
        if (!Files.isDirectory(folder)) {
            throw new ConfigurationException(where + ", which is a file, not a model folder: unzip it and point "
                    + key + " to the folder (the one holding am/ and conf/)");
        }
        if (looksLikeModel(folder)) {
            return folder;
        }
        List<Path> nested = modelsInside(folder);
        if (nested.size() == 1) {
            throw new ConfigurationException(where + ", which holds a model one level down: set " + key + " to "
                    + nested.get(0));
        }
        throw new ConfigurationException(where + ", which is not a Vosk model folder (no am/final.mdl): "
                + howToGetOne());
    }

    static String howToGetOne() {
        return "download a model (for example vosk-model-small-en-us-0.15 from https://alphacephei.com/vosk/models),"
                + " unzip it and set VOSK_MODEL_PATH to its folder, or set " + VoskConfig.DOWNLOAD + "=true";
    }

    private static List<Path> modelsInside(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(ModelFolders::looksLikeModel).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private ModelFolders() {
    }
}
