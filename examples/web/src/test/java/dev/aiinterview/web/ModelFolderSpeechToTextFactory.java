package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.testkit.PlaybackSpeechToText;
import dev.aiinterview.vosk.VoskConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for Vosk behind the web app's default speech path, where no real model can be had: like Vosk it is
 * made from the model folder in {@code interview.vosk.model-path} and refuses a folder that is not a model; what
 * it "hears" is the folder's {@code transcripts.txt}, one line per answer, so a transcript proves that the
 * downloaded archive was used. Select it with {@code interview.web.stt-default-provider=model-playback}.
 */
public final class ModelFolderSpeechToTextFactory implements SpeechToTextProviderFactory {

    /** The provider id. */
    public static final String ID = "model-playback";
    /** The file of the model folder holding the transcripts, one a line. */
    public static final String TRANSCRIPTS = "transcripts.txt";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Plays back the transcripts of a model folder, for the web app's tests";
    }

    @Override
    public SpeechToTextProvider create(ConfigSource config) {
        Path folder = Path.of(config.get(VoskConfig.MODEL_PATH).orElseThrow(() -> new ConfigurationException(
                "No model folder: set " + VoskConfig.MODEL_PATH)));
        if (!Files.isRegularFile(folder.resolve("am").resolve("final.mdl"))) {
            throw new ConfigurationException(folder + " is not a Vosk model folder (no am/final.mdl)");
        }
        try {
            String[] heard = Files.readAllLines(folder.resolve(TRANSCRIPTS), StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).toArray(String[]::new);
            return new PlaybackSpeechToText(ID).then(heard);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TRANSCRIPTS + " of the model " + folder, e);
        }
    }
}
