package dev.aiinterview.cli;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.input.AudioFiles;
import dev.aiinterview.core.input.Transcriber;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.core.session.SessionSettings;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.spi.TranscriptionOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code interview transcribe}: what a speech-to-text provider hears in a recording, to try one out. */
@Command(name = "transcribe", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Transcribe a recording with the configured speech-to-text provider and list the words it "
                + "was unsure of.")
final class TranscribeCommand implements Callable<Integer> {

    static final String NO_PROVIDER = "No speech-to-text provider is in this build: add "
            + "dev.aiinterview:provider-stt-vosk and set VOSK_MODEL_PATH to a Vosk model folder (offline), or add "
            + "dev.aiinterview:provider-gemini and set GEMINI_API_KEY.";

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The recording: WAV (16-bit PCM) or WebM.")
    Path file;

    @Option(names = "--stt", paramLabel = "ID", description = "Speech-to-text provider id, such as vosk or gemini.")
    String stt;

    @Option(names = "--words", description = "Also list every word with its start and end time (and confidence, "
            + "where the provider gives them).")
    boolean words;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("The recording " + file + " does not exist: check the path.");
        }
        var probe = AudioFiles.probe(AudioInput.wav(file));
        var config = Settings.layered(root.context(), common.with(ConfigKeys.STT_PROVIDER, stt));
        List<SpeechToTextProviderFactory> factories = root.context().speechToText();
        if (factories.isEmpty()) {
            throw new ConfigurationException(NO_PROVIDER);
        }
        var registry = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, factories);
        // The SDK's own defaults and checks for the language and the low-confidence threshold.
        var settings = SessionSettings.from(config);
        var options = TranscriptionOptions.builder().language(settings.language()).build();
        Transcript transcript;
        // Through the SDK's call wrapper, as in an interview: providers make one attempt and leave retries to it.
        try (SpeechToTextProvider provider = registry.create(registry.select(config), config)) {
            transcript = Transcriber.transcribe(provider, AudioInput.ofFile(file, probe.mimeType()), options, config);
        }

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(transcript.text());
        if (words) {
            printWords(stdout, transcript.words());
        }
        double threshold = settings.lowConfidence();
        List<TranscriptWord> unsure = transcript.lowConfidenceWords(threshold);
        if (!unsure.isEmpty()) {
            stdout.println();
            stdout.println("Low-confidence words (below " + threshold + "; check the recording):");
            for (TranscriptWord w : unsure) {
                stdout.println(String.format(Locale.ROOT, "  %s%s (confidence %.2f)", w.text(),
                        w.startMs() == null ? "" : " at " + time(w.startMs()), w.confidence()));
            }
        }
        stdout.flush();
        return 0;
    }

    private static void printWords(PrintWriter stdout, List<TranscriptWord> words) {
        stdout.println();
        if (words.isEmpty()) {
            stdout.println("This provider gave no word-level detail.");
            return;
        }
        stdout.println("Words (start - end, confidence):");
        for (TranscriptWord w : words) {
            stdout.println(String.format(Locale.ROOT, "  %-8s %-8s %-5s %s",
                    w.startMs() == null ? "-" : time(w.startMs()), w.endMs() == null ? "-" : time(w.endMs()),
                    w.confidence() == null ? "-" : String.format(Locale.ROOT, "%.2f", w.confidence()), w.text()));
        }
    }

    /** 83200 ms -> 1:23.2 */
    private static String time(long ms) {
        return String.format(Locale.ROOT, "%d:%04.1f", ms / 60_000, (ms % 60_000) / 1000.0);
    }
}
