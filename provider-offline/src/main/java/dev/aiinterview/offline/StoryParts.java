package dev.aiinterview.offline;

import java.util.regex.Pattern;

/**
 * The wording that marks the parts of an answer: STAR parts, figures, ordered steps, reasoning, filler and
 * hedging. Patterns are matched sentence by sentence on the answer with personal details already set aside
 * ({@link PersonalDetails}), so an age or a number of children never counts as a figure.
 */
final class StoryParts {

    private static final String NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            + "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
            + "ninety|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|half|halved|"
            + "doubled|tripled|quadrupled|tenfold|zero";

    /**
     * Numbers, spelled-out counts above one, and multiples; "one", "once" and "double-check" are not figures, and
     * neither is a digit inside a name such as "v2", "S3" or "EC2".
     */
    static final Pattern FIGURE = Pattern.compile("(?<!\\p{L})\\d|\\b(" + NUMBER_WORDS + ")\\b|\\b(percent|per cent)\\b",
            Pattern.CASE_INSENSITIVE);

    static final Pattern SITUATION = Pattern.compile("\\b(when i (was|worked)|while i was|at my (last|previous|current|"
            + "old|former|first)|in my (last|previous|current|first|old|former)|last (year|quarter|month|week|spring|"
            + "summer|autumn|fall|winter|christmas)|(a few|two|three|several|some) (weeks|months|years) ago|in (19|20)\\d\\d|"
            + "on an? (\\w+ )?(night|day|weekend|early|late)? ?shift|while (i was )?working|in my (role|job|time) as|"
            + "we had|there was (a|an|one)|our (\\w+ )?(team|unit|ward|company|client|customer|store|shop|site|school|"
            + "class|service|system|warehouse|department)|the situation|one (time|night|day|shift|morning|evening)|"
            + "once,|during (a|an|my|the)|i was working|i worked (at|for|in|as))\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern TASK = Pattern.compile("\\b(my (goal|task|job|role|responsibility|part|target|aim|"
            + "assignment) was|i was (asked|responsible|tasked|in charge|supposed|expected|given)|i needed to|i had to|"
            + "we needed to|we had to|i wanted to|needed to|had to|the (goal|challenge|problem|target|aim|task|"
            + "deadline|risk|issue) was|it was (my|up to me)|so i decided|i decided to|i took (on|charge|ownership))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String IRREGULAR = "went|took|made|wrote|ran|spoke|told|sat|gave|got|put|set|led|built|"
            + "brought|caught|chose|drove|found|kept|left|met|paid|read|saw|sent|sold|spent|taught|thought|won|did|"
            + "held|began|broke|came|cut|fought|grew|knew|lost|rode|sought|split|stood|struck|threw|wound|rang|"
            + "rebuilt|rewrote|undertook|oversaw|withdrew|drew|dealt|felt|heard|meant|understood|fed|hung|lit|"
            + "shut|swapped|stepped|stopped|planned|mapped|logged|flagged|pulled|called|asked|checked";

    /** "I" followed by a past-tense or present verb of doing; "I was", "I think" and "I would" are not actions. */
    static final Pattern ACTION = Pattern.compile("\\b(i|i've|i have|i had) (then |first |personally |quickly |also |immediately |"
            + "finally |just |still |myself |later |next |always |carefully )?(?!was\\b|were\\b|"
            + "wanted\\b|needed\\b|felt\\b|guess|think\\b|thought\\b|hope|suppose|believe|mean\\b|am\\b|would\\b|"
            + "could\\b|should\\b|might\\b|will\\b|can\\b|don't|didn't|liked\\b|loved\\b|enjoyed\\b|learned\\b|"
            + "learnt\\b|realized\\b|realised\\b|noticed\\b|remember|know\\b|knew\\b)([a-z]+ed|" + IRREGULAR
            + "|run|check|call|ask|use|start|write|set|look|open|review|talk|make|test|build|add|compare|escalate|"
            + "document|verify|measure|split|move|plan|schedule|assign|assess|explain|walk|read|draft|send|sit|"
            + "meet|pair|trace|profile|monitor|prioriti[sz]e|confirm|keep|tell|give|take|go|prepare|follow)\\b",
            Pattern.CASE_INSENSITIVE);

    /** An outcome in words, or a figure that moved ("down twenty percent", "from 60 a night to zero"). */
    static final Pattern RESULT = Pattern.compile("\\b(as a result|result(ed)? (was|in)|the outcome|in the end|"
            + "eventually|which meant|that meant|by the end|since then|ended up|it worked|afterwards|"
            + "we (cut|reduced|increased|improved|saved|closed|shipped|hit|exceeded|won|avoided|prevented|recovered|"
            + "finished|delivered|met|kept|lowered|raised|doubled|halved)|(it|this|that) (cut|reduced|increased|"
            + "improved|saved|brought|dropped|fell|rose|worked|fixed|solved|helped)|reduced|increased|improved|saved|"
            + "dropped|fell|grew|rose|exceeded|achieved|recovered|never happened again|no (more|further|longer)|"
            + "signed|renewed|closed the deal|was discharged|stabili[sz]ed|resolved|went (down|up)|(down|up) (by |to |"
            + "from )?(\\d|" + NUMBER_WORDS + ")|(\\d|" + NUMBER_WORDS + ")\\w* (percent|per cent|%)? ?(down|up|"
            + "fewer|less|lower|higher|faster|shorter)|fewer|on time|within (a|an|one|\\d+|" + NUMBER_WORDS + ") (days?|weeks?|"
            + "months?|quarters?|years?)|after (a|an|one|\\d+|" + NUMBER_WORDS + ") (days?|weeks?|months?|quarters?|years?)|"
            + "(days|weeks|months|years) later|from then on|ever since|(went|came|got|moved) (down |up |back )?(from|to)|"
            + "from (about |around |roughly |nearly |over |under )?(\\d|" + NUMBER_WORDS + ")[^.;]{0,40}\\bto (about |around |"
            + "roughly |nearly |over |under |just )?(\\d|" + NUMBER_WORDS + ")|(back )?(above|below|under|over) (\\d|" + NUMBER_WORDS
            + ")|calmed down|stopped (raising|complaining|calling|happening)|thanked|praised|promoted|i learned|i learnt|"
            + "lesson)\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern STEPS = Pattern.compile("\\b(first|firstly|second|secondly|third|then|next|after that|finally|"
            + "afterwards|meanwhile|before|once|step one|my first step|lastly)\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern REASONING = Pattern.compile("\\b(because|so that|trade-?offs?|instead of|rather than|"
            + "the reason|which is why|that's why|depends on|in order to|the risk|downside|pros and cons|otherwise|"
            + "which meant|since (the|it|we|they))\\b", Pattern.CASE_INSENSITIVE);

    static final Pattern FILLER = Pattern.compile("\\b(um+|uh+|er+m?|hmm+|you know|i mean|kind of|sort of|"
            + "basically|like,|literally|stuff|things like that|and so on|etc)\\b", Pattern.CASE_INSENSITIVE);

    /** Hedging, and putting the problem off or passing it on instead of dealing with it. */
    static final Pattern HEDGE = Pattern.compile("\\b(i guess|i suppose|probably|maybe|not sure|i don't know|"
            + "i dont know|i don't remember|i think so|hopefully|i would just|just do|whatever|somehow|"
            + "to be honest|(i'd|i would) rather not|not bother|nobody (notices|will notice|would notice)|"
            + "not my (job|problem|responsibility|fault)|(mostly|just) guesswork|look into it (later|properly later|"
            + "next (week|month))|(forward|pass|hand) it (on|over|up)|keep an eye on it|if something happen(s|ed))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Stock phrases of any field: they fill an answer without saying anything about the work itself. */
    static final java.util.Set<String> STOCK = java.util.Set.of(
            "improv", "improve", "increas", "increase", "reduc", "reduce", "optimiz", "optimis", "optimize",
            "optimise", "implement", "leverag", "leverage", "ensur", "ensure", "drive", "driv", "drives", "result",
            "results", "success", "successful", "successfully", "efficiency", "efficient", "quality", "best",
            "practic", "practice", "important", "matter", "matters", "achiev", "achieve", "deliv", "deliver",
            "value", "impact", "process", "solution", "approach", "strategy", "percent", "responsib", "responsible",
            "previous", "every", "cost", "costs", "performance", "overall", "significant", "significantly",
            "effective", "effectively", "stakeholder", "key", "critical", "always", "focus", "goal", "goals",
            "productivity", "outcome", "outcomes", "synergy", "excellence", "passion", "passionate", "dedicated",
            "hard", "hardwork", "committed", "continuous", "improvement", "excellent", "great", "amazing");

    static int count(Pattern p, String text) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private StoryParts() {
    }
}
