package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.MediaRef;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.Recording;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An interview with a person at the terminal: the AI notice and consent, then each question and follow-up, answered
 * by voice through a {@link MediaCapture} (when one and a speech-to-text provider are available) or typed. The
 * person never sees ratings; recordings are written to disk before they are submitted.
 */
final class LiveInterview {

    static final String SKIP = "/skip";

    private final BufferedReader in;
    private final PrintWriter out;
    private final PrintWriter err;
    private MediaCapture capture;
    private final CaptureOptions captureOptions;
    private final Path recordings;

    /**
     * @param capture    the microphone, or {@code null} for typed answers only
     * @param recordings where recordings are kept for the human reviewer
     */
    LiveInterview(BufferedReader in, PrintWriter out, PrintWriter err, MediaCapture capture,
                  CaptureOptions captureOptions, Path recordings) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.capture = capture;
        this.captureOptions = captureOptions;
        this.recordings = recordings;
    }

    /** Asks for consent; the report when the interview ran, empty when the person declined. */
    Optional<InterviewReport> run(InterviewSession session, String roleTitle, int questions) throws IOException {
        out.println();
        out.println("Interview for the role of " + roleTitle + " (" + questions + " questions).");
        out.println("This interview is conducted by an AI. It asks the questions, may ask a follow-up, and evaluates");
        out.println("the content of your answers (not your voice, face or emotions) to help a person decide.");
        out.println(capture != null
                ? "Answers are recorded from your microphone and transcribed; recordings are kept in " + recordings
                : "Answers are typed.");
        out.print("Do you agree to take part? [yes/no] ");
        out.flush();
        String consent = in.readLine();
        if (consent == null || !consent.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
            session.abandon("the candidate did not consent");
            out.println("No interview was run. Nothing was evaluated.");
            out.flush();
            return Optional.empty();
        }
        session.consent();
        session.start();
        int n = 0;
        for (var open = session.currentTurn(); open.isPresent(); open = session.currentTurn()) {
            Turn turn = open.get();
            if (turn.followUpIndex() == 0) {
                n++;
            }
            out.println();
            out.println((turn.followUpIndex() == 0 ? "Question " + n + " of " + questions : "Follow-up")
                    + ": " + turn.prompt());
            CandidateAnswer answer = answer(turn, n);
            Turn done = ScriptedInterview.submit(session, turn, answer);
            if (done.evaluation() == null && done.error() != null) {
                // For the operator; the candidate's screen shows no evaluation either way.
                err.println("(The answer is kept but could not be evaluated now: " + done.error()
                        + "; it is retried when the interview completes.)");
                err.flush();
            }
            out.println(done.answer() != null && done.answer().mode() == dev.aiinterview.api.AnswerMode.SKIPPED
                    ? "Skipped." : "Thank you.");
            out.flush();
        }
        out.println();
        out.println("The interview is complete. Thank you for your time.");
        out.flush();
        return Optional.of(session.complete());
    }

    private CandidateAnswer answer(Turn turn, int n) throws IOException {
        if (capture != null) {
            out.println("Press Enter to start recording, or type " + SKIP + " to skip, or type your answer.");
            out.flush();
            String first = in.readLine();
            if (first == null) {
                return CandidateAnswer.skipped();
            }
            if (first.isBlank()) {
                try {
                    return record(turn, n);
                } catch (ConfigurationException e) {
                    // No usable microphone after all (none attached, or access denied): carry on typed.
                    err.println();
                    err.println("Recording is not possible: " + e.getMessage());
                    err.flush();
                    capture = null;
                    return answer(turn, n);
                }
            }
            return typed(first);
        }
        out.println("Type your answer and finish with an empty line (" + SKIP + " to skip).");
        out.flush();
        String first = in.readLine();
        return first == null ? CandidateAnswer.skipped() : typed(first);
    }

    /** The first line is already read; the rest follows until an empty line or the end of input. */
    private CandidateAnswer typed(String first) throws IOException {
        if (first.strip().equalsIgnoreCase(SKIP)) {
            return CandidateAnswer.skipped();
        }
        var text = new StringBuilder(first.strip());
        for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
            text.append('\n').append(line.strip());
        }
        return text.toString().isBlank() ? CandidateAnswer.skipped() : CandidateAnswer.text(text.toString());
    }

    private CandidateAnswer record(Turn turn, int n) {
        out.println("Recording... speak now; it stops after a pause or at " + captureOptions.maxDuration().toSeconds()
                + " s.");
        out.flush();
        Recording recording = capture.record(captureOptions, meter());
        err.println();
        Path file = recordings.resolve(String.format(Locale.ROOT, "%02d%s.wav", n,
                turn.followUpIndex() == 0 ? "" : "-f" + turn.followUpIndex()));
        try {
            Files.createDirectories(recordings);
            try (InputStream audio = recording.audio().openStream()) {
                Files.copy(audio, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the recording in " + file + ": " + e.getMessage(), e);
        }
        out.println(String.format(Locale.ROOT, "Recorded %.1f s (%s), kept as %s.",
                recording.duration().toMillis() / 1000.0, stopped(recording.stopReason()), file));
        out.flush();
        return CandidateAnswer.audio(dev.aiinterview.api.AudioInput.wav(file),
                new MediaRef(file.toUri().toString(), "audio/wav", fileSize(file), recording.duration().toMillis()));
    }

    /** A level meter on stderr, redrawn in place. */
    private CaptureListener meter() {
        return (rms, peak) -> {
            int bars = (int) Math.round(Math.min(1, rms * 4) * 30);
            err.print("\r  level [" + "#".repeat(bars) + " ".repeat(30 - bars) + "]");
            err.flush();
        };
    }

    private static String stopped(Recording.StopReason reason) {
        return switch (reason) {
            case SILENCE -> "stopped after a pause";
            case MAX_DURATION -> "reached the time limit";
            case STOPPED_BY_HOST -> "stopped";
            case END_OF_INPUT -> "end of input";
        };
    }

    private static Long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }
}
