package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.QuestionPlan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serves {@code question-plan}: assigns question types across the plan so that every type that applies appears
 * (technical only for technical topics), then fills a sentence frame per question with the topic's own wording,
 * choosing frames by a stable hash of the topic and never reusing a frame for the same type while others remain.
 */
final class QuestionPlanHandler {

    private final SkillVocabulary vocabulary;

    QuestionPlanHandler(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    QuestionPlan.Output handle(QuestionPlan.Input in) {
        int perTopic = Math.max(1, in.questionsPerTopic());
        List<QuestionType> types = assignTypes(in.topics(), perTopic);
        String role = in.roleTitle() == null || in.roleTitle().isBlank() || in.roleTitle().startsWith("Unspecified")
                ? "new team member" : in.roleTitle().strip();
        String aRole = Phrases.article(role) + " " + role;
        Map<QuestionType, Map<String, Integer>> used = new EnumMap<>(QuestionType.class);
        var drafts = new ArrayList<QuestionPlan.QuestionDraft>();
        int slot = 0;
        for (Topic topic : in.topics()) {
            for (int j = 0; j < perTopic; j++) {
                QuestionType type = types.get(slot++);
                String skill = Phrases.inSentence(topic.name(), vocabulary);
                Optional<String> verb = topic.evidence().stream()
                        .map(e -> Phrases.verbPhrase(e, 14)).flatMap(Optional::stream).findFirst();
                String evidence = topic.evidence().isEmpty() ? skill : Quotes.shorten(topic.evidence().get(0), 12);
                boolean quotable = quotable(evidence, role);
                boolean soft = vocabulary.byName(topic.name()).map(Skill::soft).orElse(false);
                var frame = pick(type, topic, j, verb.isPresent(), quotable, soft,
                        used.computeIfAbsent(type, t -> new HashMap<>()));
                String text = frame.text().replace("{skill}", skill).replace("{verb}", verb.orElse(skill))
                        .replace("{evidence}", evidence).replace("{a_role}", aRole).replace("{role}", role);
                drafts.add(new QuestionPlan.QuestionDraft(topic.id(), type, text,
                        QuestionTemplates.goodAnswer(type, skill, in.seniority())));
            }
        }
        return new QuestionPlan.Output(drafts);
    }

    /**
     * Whether a quote reads well inside a question: a whole line of the advert, not the role's own title ('This
     * role calls for "Warehouse Shift Supervisor"') nor a window cut from the middle of a sentence.
     */
    static boolean quotable(String evidence, String role) {
        return Words.count(evidence) >= 5 && Character.isUpperCase(evidence.charAt(0))
                && !Quotes.normalize(evidence).contains(Quotes.normalize(role));
    }

    private static QuestionTemplates.Frame pick(QuestionType type, Topic topic, int j, boolean hasVerb,
            boolean quotable, boolean soft, Map<String, Integer> used) {
        List<QuestionTemplates.Frame> frames = QuestionTemplates.frames(type, topic.kind() == TopicKind.QUALIFICATION,
                        soft)
                .stream().filter(f -> hasVerb || !f.needsVerb())
                .filter(f -> quotable || !f.text().contains("{evidence}")).toList();
        int start = (Phrases.stableHash(topic.name() + "/" + type) + j) % frames.size();
        QuestionTemplates.Frame best = null;
        for (int k = 0; k < frames.size(); k++) {
            var frame = frames.get((start + k) % frames.size());
            if (best == null || used.getOrDefault(frame.id(), 0) < used.getOrDefault(best.id(), 0)) {
                best = frame;
            }
        }
        used.merge(best.id(), 1, Integer::sum);
        return best;
    }

    /**
     * One type per question slot: each slot takes the allowed type used least so far (on this topic first, then
     * in the plan), ties broken by what suits the topic; a final pass guarantees the required mix.
     */
    static List<QuestionType> assignTypes(List<Topic> topics, int perTopic) {
        var counts = new EnumMap<QuestionType, Integer>(QuestionType.class);
        var types = new ArrayList<QuestionType>();
        var owners = new ArrayList<Topic>();
        for (Topic topic : topics) {
            List<QuestionType> allowed = topic.technical()
                    ? List.of(QuestionType.TECHNICAL, QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL)
                    : List.of(QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL);
            Set<QuestionType> onTopic = new HashSet<>();
            for (int j = 0; j < perTopic; j++) {
                QuestionType best = null;
                for (QuestionType t : allowed) {
                    if (best == null || key(t, onTopic, counts) < key(best, onTopic, counts)) {
                        best = t;
                    }
                }
                onTopic.add(best);
                counts.merge(best, 1, Integer::sum);
                types.add(best);
                owners.add(topic);
            }
        }
        if (types.size() >= 3) {
            ensure(QuestionType.BEHAVIORAL, types, owners, counts);
            ensure(QuestionType.SITUATIONAL, types, owners, counts);
            if (topics.stream().anyMatch(Topic::technical)) {
                ensure(QuestionType.TECHNICAL, types, owners, counts);
            }
        }
        return types;
    }

    private static int key(QuestionType t, Set<QuestionType> onTopic, Map<QuestionType, Integer> counts) {
        return (onTopic.contains(t) ? 1000 : 0) + counts.getOrDefault(t, 0);
    }

    private static void ensure(QuestionType needed, List<QuestionType> types, List<Topic> owners,
            Map<QuestionType, Integer> counts) {
        if (counts.getOrDefault(needed, 0) > 0) {
            return;
        }
        for (int i = types.size() - 1; i >= 0; i--) {
            QuestionType current = types.get(i);
            boolean allowed = needed != QuestionType.TECHNICAL || owners.get(i).technical();
            if (allowed && counts.get(current) > 1) {
                types.set(i, needed);
                counts.merge(current, -1, Integer::sum);
                counts.merge(needed, 1, Integer::sum);
                return;
            }
        }
    }
}
