package dev.aiinterview.gemini;

import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.ModelStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns, once per model and JVM, when a reply says the model is on its way out: Google marks a deprecated model in
 * each reply's {@code modelStatus} (stage and retirement time), and on the API-key path may answer a retired id
 * with another model, which only {@code modelVersion} shows. Neither is in {@code models.get}, so the first reply
 * (the doctor's tiny call, or an interview's first) is where it is seen.
 */
final class ModelNotices {

    private static final Logger LOG = LoggerFactory.getLogger(ModelNotices.class);
    private static final Set<String> STAGES = Set.of("DEPRECATED", "RETIRED", "LEGACY");
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private ModelNotices() {
    }

    /** Logs what the reply says about its model, the first time; returns what was logged now. */
    static List<String> check(GenerateContentResponse response, String requested) {
        List<String> logged = new ArrayList<>();
        response.modelStatus().flatMap(status -> stage(status, requested)).ifPresent(logged::add);
        response.modelVersion().filter(served -> !servedAs(served, requested)).ifPresent(served -> {
            if (WARNED.add("routed:" + requested + "->" + served)) {
                logged.add("Gemini answered a request for model '" + requested + "' with '" + served + "': the "
                        + "requested model is probably retired and routed to another; set interview.gemini.model (or "
                        + "the task's own key) to a served model (interview doctor lists them)");
            }
        });
        logged.forEach(LOG::warn);
        return logged;
    }

    private static Optional<String> stage(ModelStatus status, String requested) {
        String stage = status.modelStage().map(Object::toString).orElse("").toUpperCase(Locale.ROOT);
        if (!STAGES.contains(stage) || !WARNED.add("stage:" + requested)) {
            return Optional.empty();
        }
        return Optional.of("Gemini model '" + requested + "' is " + stage.toLowerCase(Locale.ROOT)
                + status.retirementTime().map(t -> " and retires at " + t).orElse("")
                + status.message().map(m -> " (" + m + ")").orElse("") + ": choose another model before then");
    }

    /**
     * "gemini-3.8-flash-001" serves "gemini-3.8-flash" (a version of it); "gemini-3.8-flash-lite" does not (a
     * sibling). An alias such as "gemini-flash-latest" is served by whatever it points to.
     */
    private static boolean servedAs(String served, String requested) {
        String s = GeminiModels.id(served);
        String r = GeminiModels.id(requested);
        return s.equals(r) || s.startsWith(r + "-") && Character.isDigit(s.charAt(r.length() + 1))
                || r.endsWith("-latest");
    }

    /** Forgets what was warned; for tests. */
    static void forgetAll() {
        WARNED.clear();
    }
}
