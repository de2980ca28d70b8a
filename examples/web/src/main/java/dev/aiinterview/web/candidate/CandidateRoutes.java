package dev.aiinterview.web.candidate;

import static dev.aiinterview.web.http.JsonReplies.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Turn;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.storage.MediaRepository;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate's side: one page ({@code /i/<token>}) and a small JSON API under {@code /api/i/<token>}. The link's
 * token is the only credential and opens exactly one interview. Nothing here reveals ratings, evaluations or the
 * report: the view is built from an explicit list of fields.
 */
public final class CandidateRoutes {

    /** The most of a refused upload read before answering; a larger rest is cut off with the connection. */
    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final Interviews interviews;
    private final MediaUploads uploads;
    private final WebSettings settings;
    private final String page;

    public CandidateRoutes(Interviews interviews, MediaRepository media, WebSettings settings, Clock clock) {
        this.interviews = interviews;
        this.uploads = new MediaUploads(media, settings.mediaDir(), settings.maxUploadBytes(),
                settings.maxAnswerSeconds(), clock);
        this.settings = settings;
        this.page = resource("/public/candidate.html");
    }

    public void register(JavalinConfig config) {
        config.routes.get("/i/{token}", ctx -> {
            interviews.byToken(ctx.pathParam("token"));
            ctx.contentType("text/html; charset=utf-8").result(page);
        });
        config.routes.get("/api/i/{token}", ctx -> {
            var inv = interviews.byToken(ctx.pathParam("token"));
            view(ctx, interviews.session(inv));
        });
        config.routes.post("/api/i/{token}/consent", ctx -> {
            var inv = interviews.byToken(ctx.pathParam("token"));
            Interviews.requireNotDeclined(inv);
            interviews.consent(inv, jsonBody(ctx, "Your consent could not be read. Reload the page and agree again.")
                    .path("noticeVersion").asText(null));
            view(ctx, interviews.session(inv));
        });
        config.routes.post("/api/i/{token}/start", ctx -> {
            var inv = interviews.byToken(ctx.pathParam("token"));
            Interviews.requireNotDeclined(inv);
            interviews.start(inv);
            view(ctx, interviews.session(inv));
        });
        config.routes.post("/api/i/{token}/decline", ctx -> {
            var inv = interviews.byToken(ctx.pathParam("token"));
            interviews.decline(inv, jsonBody(ctx, "Your message could not be read. Reload the page and try again.")
                    .path("message").asText(""));
            view(ctx, interviews.session(inv));
        });
        config.routes.post("/api/i/{token}/media", this::upload);
        config.routes.post("/api/i/{token}/answers", this::answer);
    }

    private InterviewSession session(Context ctx) {
        return interviews.session(interviews.byToken(ctx.pathParam("token")));
    }

    /** The session behind a link that may still be used to answer. */
    private InterviewSession answering(Context ctx) {
        var inv = interviews.byToken(ctx.pathParam("token"));
        Interviews.requireNotDeclined(inv);
        return interviews.session(inv);
    }

    private static JsonNode jsonBody(Context ctx, String unreadable) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(ctx.body());
        } catch (IOException e) {
            throw WebException.badRequest(unreadable);
        }
        if (body == null || body.isMissingNode()) {
            return Json.mapper().createObjectNode();
        }
        if (!body.isObject()) {
            throw WebException.badRequest(unreadable);
        }
        return body;
    }

    private void upload(Context ctx) throws IOException {
        InterviewSession session = answering(ctx);
        int turn = turnParam(ctx.queryParam("turn"));
        String kindParam = ctx.queryParam("kind") == null ? "" : ctx.queryParam("kind").toUpperCase(Locale.ROOT);
        MediaRepository.Kind kind;
        try {
            kind = MediaRepository.Kind.valueOf(kindParam);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("Say what the upload is: kind=video or kind=audio.");
        }
        if (interviews.alreadyAnswered(session, turn)) {
            throw new WebException(409, "This question was already answered.");
        }
        interviews.openTurn(session, turn);
        try (InputStream body = ctx.req().getInputStream()) {
            try {
                var media = uploads.receive(session.id(), turn, kind, ctx.req().getContentLengthLong(), body);
                json(ctx.status(201), Map.of("id", media.id(), "bytes", media.sizeBytes()));
            } catch (WebException e) {
                if (e.status() == 413) {
                    // Read a moderate rest of the refused body, so the client gets the 413 rather than a reset.
                    drain(body);
                }
                throw e;
            }
        }
    }

    private void answer(Context ctx) {
        InterviewSession session = answering(ctx);
        JsonNode body = jsonBody(ctx, "The answer could not be read. Reload the page and try again.");
        int turn = turnParam(body.path("turn").asText(null));
        // The check and the submit happen under the session's own lock, so two copies of one request (a network
        // retry, two tabs) can never put the second copy's answer on the next question.
        synchronized (session) {
            if (interviews.alreadyAnswered(session, turn)) {
                view(ctx.status(200), session); // a retry of a request that got through: nothing is lost or doubled
                return;
            }
            switch (body.path("mode").asText("")) {
                case "text" -> interviews.answerText(session, turn, body.path("text").asText(""));
                case "audio" -> interviews.answerAudio(session, turn, body.path("audio").asText(""));
                case "skip" -> interviews.skip(session, turn);
                default -> throw WebException.badRequest("Say how the question was answered: audio, text or skip.");
            }
        }
        view(ctx.status(202), session);
    }

    private static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
                left -= n;
            }
        } catch (IOException e) {
            // the client gave up: nothing more to read
        }
    }

    /** What the candidate's page needs, and nothing more. */
    private void view(Context ctx, InterviewSession session) {
        SessionState state = session.state();
        var view = new LinkedHashMap<String, Object>();
        view.put("status", status(session));
        view.put("role", state.plan().profile().roleTitle());
        view.put("questionCount", state.plan().questions().size());
        view.put("answered", state.turns().stream().filter(t -> t.followUpIndex() == 0 && t.answer() != null).count());
        session.currentTurn().ifPresent(turn -> view.put("prompt", prompt(state, turn)));
        view.put("speechToText", interviews.speechToText(session));
        view.put("noticeVersion", interviews.noticeVersion(session));
        view.put("maxAnswerSeconds", settings.maxAnswerSeconds());
        view.put("thinkingSeconds", settings.thinkingSeconds());
        view.put("retentionDays", settings.retentionDays());
        view.put("maxUploadMb", settings.maxUploadBytes() / (1024 * 1024));
        settings.recruiterContact().ifPresent(contact -> view.put("contact", contact));
        json(ctx, view);
    }

    private static Map<String, Object> prompt(SessionState state, Turn turn) {
        var prompt = new LinkedHashMap<String, Object>();
        prompt.put("turn", state.turns().size() - 1);
        int number = 1;
        for (int i = 0; i < state.plan().questions().size(); i++) {
            if (state.plan().questions().get(i).id().equals(turn.questionId())) {
                number = i + 1;
            }
        }
        prompt.put("number", number);
        prompt.put("followUp", turn.followUpIndex() > 0);
        prompt.put("text", turn.prompt());
        return prompt;
    }

    private static String status(InterviewSession session) {
        SessionStatus s = session.status();
        return switch (s) {
            case CREATED -> "welcome";
            case CONSENTED -> "ready";
            case IN_PROGRESS -> session.currentTurn().isPresent() ? "question"
                    : session.isFinished() ? "finished" : "processing";
            case COMPLETED -> "finished";
            case ABANDONED -> Interviews.DECLINED.equals(session.state().endReason()) ? "declined" : "closed";
        };
    }

    private static int turnParam(String value) {
        try {
            int turn = Integer.parseInt(value == null ? "" : value.strip());
            if (turn < 0) {
                throw new NumberFormatException();
            }
            return turn;
        } catch (NumberFormatException e) {
            throw WebException.badRequest("Say which question this answer is for (turn).");
        }
    }

    static String resource(String path) {
        try (InputStream in = CandidateRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
