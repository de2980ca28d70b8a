package dev.aiinterview.offline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns job-description wording into pieces of sentences: verb phrases, mid-sentence names, articles. */
final class Phrases {

    private static final Set<String> VERBS = Set.of(
            "act", "adapt", "administer", "advise", "advocate", "analyse", "analyze", "answer", "apply", "assess",
            "assign", "assist", "attend", "audit", "automate", "balance", "build", "champion", "collaborate",
            "communicate", "comply", "conduct", "contribute", "coordinate", "count", "create", "cultivate",
            "debug", "define", "delegate", "deliver", "demonstrate", "deploy", "design", "develop", "differentiate",
            "direct", "document", "drive", "educate", "engage", "enforce", "ensure", "escalate", "establish",
            "evaluate", "execute", "exceed", "expand", "facilitate", "follow", "forecast", "foster", "generate",
            "grade", "grow", "guide", "handle", "help", "hire", "identify", "implement", "improve", "inspect",
            "install", "instruct", "investigate", "keep", "lead", "liaise", "load", "maintain", "manage", "mark",
            "measure", "meet", "mentor", "migrate", "model", "monitor", "motivate", "negotiate", "nurture",
            "observe", "onboard", "operate", "optimise", "optimize", "orchestrate", "organise", "organize",
            "oversee", "own", "pack", "participate", "partner", "perform", "pick", "plan", "prepare", "present",
            "prioritise", "prioritize", "process", "produce", "promote", "prospect", "protect", "provide",
            "qualify", "receive", "recommend", "reconcile", "record", "recruit", "reduce", "refactor", "report",
            "represent", "research", "resolve", "respond", "review", "run", "schedule", "scale", "secure", "sell",
            "serve", "set", "shape", "ship", "solve", "source", "standardise", "standardize", "streamline",
            "supervise", "support", "teach", "test", "track", "train", "translate", "triage", "troubleshoot",
            "tutor", "uphold", "update", "use", "work", "write",
            "book", "care", "check", "close", "collect", "cover", "explain", "give", "greet", "log", "recognise",
            "recognize", "share", "spot", "welcome");

    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?i)(you will|you'll|you’ll|you would|you'd|will|be responsible for|responsible for|you are responsible "
                    + "for|your job is to|your role is to|the ability to|ability to|able to|help us|helping us|to)\\s+");

    /** One-syllable verbs ending consonant-vowel-consonant, whose last letter doubles: spot, plan, run, set. */
    private static final Pattern SHORT_CVC = Pattern.compile("[^aeiou]{1,2}[aeiou][bdgklmnprt]");

    private static final Pattern CLAUSE_END = Pattern.compile("[;:(]| - | – | — |, (?:and |while |so |which |ensuring )");

    /**
     * The evidence as a base-form verb phrase ("design and build scalable REST APIs"), when it starts with a
     * verb once lead-ins such as "You will" are removed.
     */
    static Optional<String> verbPhrase(String text, int maxWords) {
        String t = LEAD_IN.matcher(Quotes.trimPunctuation(text)).replaceFirst("");
        String[] words = t.split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (!VERBS.contains(first)) {
            return Optional.empty();
        }
        return Optional.of(lowerFirst(clause(t, maxWords)));
    }

    /**
     * A duty written as an instruction, named as an activity: "Write and update help-centre articles" becomes
     * "Writing and updating help-centre articles". Text that does not start with a known verb is returned as is.
     */
    static String asActivity(String text) {
        String[] words = text.split(" ", -1);
        if (words.length < 2 || !VERBS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return text;
        }
        words[0] = capitalize(gerund(words[0].toLowerCase(Locale.ROOT)));
        for (int i = 1; i + 1 < words.length; i++) {
            if ((words[i].equals("and") || words[i].equals("or")) && VERBS.contains(words[i + 1])) {
                words[i + 1] = gerund(words[i + 1]);
            }
        }
        return String.join(" ", words);
    }

    /** "write" -> "writing", "spot" -> "spotting", "plan" -> "planning", "lead" -> "leading". */
    static String gerund(String verb) {
        if (verb.equals("be")) {
            return "being";
        }
        if (verb.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        if (SHORT_CVC.matcher(verb).matches()) {
            return verb + verb.charAt(verb.length() - 1) + "ing";
        }
        return verb + "ing";
    }

    /** The first clause of a text, at most {@code maxWords} words, without trailing joiners. */
    static String clause(String text, int maxWords) {
        String t = Quotes.trimPunctuation(text);
        var m = CLAUSE_END.matcher(t);
        if (m.find() && m.start() > 12) {
            t = t.substring(0, m.start());
        }
        String[] words = t.strip().split("\\s+");
        int n = Math.min(words.length, maxWords);
        while (n > 2 && Words.isStop(words[n - 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z']", ""))) {
            n--;
        }
        return Quotes.trimPunctuation(String.join(" ", java.util.Arrays.copyOf(words, n)));
    }

    /** How a topic name reads mid-sentence: the vocabulary's own casing, else lower-case unless an acronym. */
    static String inSentence(String name, SkillVocabulary vocabulary) {
        return vocabulary.byName(name).map(Skill::name).orElseGet(() -> lowerFirst(name));
    }

    /** Lower-cases the first letter unless the first word is an acronym or a proper-looking name. */
    static String lowerFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String first = s.split("\\s+")[0];
        boolean keep = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        return keep ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "a" or "an" before a word, by its sound (acronyms such as "RN" read letter by letter). */
    static String article(String word) {
        String w = word.strip();
        if (w.isEmpty()) {
            return "a";
        }
        String first = w.split("[\\s-]+")[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))
                && first.chars().allMatch(Character::isLetter);
        char c = Character.toLowerCase(w.charAt(0));
        if (acronym) {
            return "aefhilmnorsx".indexOf(c) >= 0 ? "an" : "a";
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("eu") || lower.startsWith("one")) {
            return "a";
        }
        if (lower.startsWith("hour") || lower.startsWith("honest")) {
            return "an";
        }
        return "aeiou".indexOf(c) >= 0 ? "an" : "a";
    }

    /** A list read as prose: "A", "A and B", "A, B and C". */
    static String join(java.util.List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A stable, platform-independent hash for deterministic choices. */
    static int stableHash(String s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h & 0x7fffffff;
    }

    private Phrases() {
    }
}
