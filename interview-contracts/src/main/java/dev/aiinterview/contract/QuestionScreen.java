package dev.aiinterview.contract;

import dev.aiinterview.api.FlagCategory;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local, rule-based screen for interview questions that ask about protected characteristics (age, family,
 * religion, nationality, disability, health, gender, sexual orientation) or that lead the candidate to an answer.
 * Each flag carries a reason and a neutral rewrite that keeps the job-related part of the question.
 *
 * <p>The rules look for the candidate as the subject ("your children", "are you pregnant"), so ordinary job
 * questions that mention the same words ("a patient's family", "health records", "students with dyslexia")
 * pass. It is a first filter, not legal advice: the LLM review and a person see what it flags.
 */
public final class QuestionScreen {

    private record Rule(FlagCategory category, Pattern pattern, String reason, String rewrite) {}

    private static final String ADJUSTMENTS = "This role's essential duties are set out in the job description; how "
            + "would you carry them out, with or without reasonable adjustments?";
    private static final String FIT = "What skills and experience make you effective in a role like this one?";

    private static final List<Rule> RULES = List.of(
            rule(FlagCategory.AGE, "\\bhow old\\b|\\b(your|what'?s your|what is your) age\\b|\\bage are you\\b|\\bat your age\\b"
                    + "|\\b(date|year) of birth\\b|\\b(when|what year) were you born\\b|\\bbirth ?(date|year)\\b"
                    + "|\\b(what|which) year did you (graduate|finish (high )?school|leave school)\\b"
                    + "|\\bwhen did you (graduate from|finish|leave) (high )?school\\b|\\btoo (old|young)\\b"
                    + "|\\b(young|younger|older) (team|person|people|candidate|colleagues|workforce|crowd)\\b"
                    + "|\\b(plan|planning|going|hope|hoping|expect|want|intend) to retire\\b|\\bretirement (plans?|age)\\b"
                    + "|\\b(before|until) you retire\\b|\\bdigital native\\b|\\b(millennials?|boomers?|gen z|generation [xyz])\\b",
                    "Asks about the candidate's age, which says nothing about the ability to do the job and is a "
                            + "protected characteristic.",
                    "What experience and skills do you bring that prepare you for the demands of this role?"),
            rule(FlagCategory.FAMILY, "\\b(are|r) you (married|single|divorced|engaged|widowed)\\b|\\bmarital status\\b"
                    + "|\\bmaiden name\\b|\\byour (husband|wife|spouse|boyfriend|girlfriend|fianc[eé]e?)\\b"
                    + "|\\byour (partner|significant other) (work|think|feel|mind|say|do)\\b"
                    + "|\\b(do|have) you (have|got) (any |a )?(kids|children|family|dependants|dependents|boyfriend|girlfriend|husband|wife)\\b"
                    + "|\\bhow many (kids|children)\\b|\\byour (kids|children|family|little ones|baby|babies)\\b"
                    + "|\\b(plan|plans|planning|want|intend|intending|hoping) (to|on) (have|having|start|starting) (kids|children|a family|a baby)\\b"
                    + "|\\bstart(ing)? a family\\b|\\b(are|is) you (pregnant|expecting)\\b|\\bget(ting)? pregnant\\b"
                    + "|\\bbecome pregnant\\b|\\byour pregnancy\\b|\\b(maternity|paternity|parental) (leave|plans)\\b"
                    + "|\\bchild ?care (arrangements?|plans?|responsibilities|situation)\\b|\\b(caring|caregiving) responsibilities\\b"
                    + "|\\bwho (will|would|is going to|can) (look after|take care of|watch|mind|care for|pick up) (your|the) (kids|children|baby)\\b"
                    + "|\\bsingle (parent|mother|father|mom|mum|dad)\\b|\\bas an? (mother|father|mom|mum|dad|parent)\\b",
                    "Asks about marital status, children, pregnancy or family plans, which are protected and "
                            + "irrelevant to the ability to do the job.",
                    "This role has the schedule, travel and overtime described in the job description; how would you "
                            + "plan your work to meet those commitments?"),
            rule(FlagCategory.RELIGION, "\\byour (religion|faith|religious)\\b|\\b(what|which) (religion|faith|church|god)\\b"
                    + "|\\b(do|are) you (religious|practi[cs]e (a |any )?religion|believe in god|pray)\\b"
                    + "|\\b(go|going) to (church|mosque|synagogue|temple|mass)\\b"
                    + "|\\b(religious|holy) (holidays?|days?) (do|will|would) you\\b"
                    + "|\\bdo you (celebrate|observe) (christmas|easter|ramadan|eid|diwali|hanukkah|passover|yom kippur|the sabbath|sabbath|any (religious )?holidays)\\b"
                    + "|\\b(observe|keep) the sabbath\\b",
                    "Asks about religion or religious practice, which is protected and cannot be a hiring criterion.",
                    "This role's schedule includes the shifts and days described in the job description; what "
                            + "availability can you offer for it?"),
            rule(FlagCategory.NATIONALITY, "\\bwhere (are|were|is) (you|your (family|parents)) (originally )?(from|born)\\b"
                    + "|\\bwhere do you (come|hail) from\\b|\\boriginally from\\b|\\bcountry of (origin|birth)\\b"
                    + "|\\bnationality\\b|\\byour (ancestry|heritage|ethnicity|accent|native (language|tongue)"
                    + "|first language|mother tongue)\\b|\\bethnic (origin|background)\\b"
                    + "|(?<!senior )(?<!corporate )\\bcitizen(ship)?\\b|\\bgreen card\\b|\\bimmigration status\\b"
                    + "|\\bwhen did you (come to|move to|arrive in|immigrate)\\b|\\bis english your\\b"
                    + "|\\bare you a native\\b|(?<!non-)(?<!non )\\bnative (english )?speaker\\b",
                    "Asks about national origin, citizenship or native language; only the right to work and the "
                            + "languages the job needs may be asked.",
                    "Which languages can you work in, and at what level, for the tasks this role involves?"),
            rule(FlagCategory.DISABILITY, "\\b(are|r) you (disabled|handicapped|blind|deaf)\\b"
                    + "|\\b(do|have) you (have|had|got|ever had) (a |any )?(disabilit(y|ies)|handicap|impairments?"
                    + "|special needs|learning disabilit(y|ies)|adhd|autism|dyslexia|mental (illness|health (issues?|conditions?|problems?))"
                    + "|physical (limitations?|conditions?))\\b|\\byour (disabilit(y|ies)|handicap|impairment|wheelchair)\\b"
                    + "|\\bwhat('s| is) wrong with you\\b",
                    "Asks about a disability; ask instead whether the candidate can perform the essential duties, "
                            + "with or without adjustments.", ADJUSTMENTS),
            rule(FlagCategory.HEALTH, "\\byour (health(?! and safety| & safety)|medical (history|conditions?|records?|issues?|problems?)"
                    + "|illness(es)?|medications?|weight|height|blood pressure|diagnos[ie]s)\\b"
                    + "|\\bhow many (sick days|days (off )?sick|days of sick leave)\\b"
                    + "|\\b(did|have|do) you (take|took|taken|had|have|call(ed)? in) (any |many |a lot of )?(sick|time off sick|sick days|sick leave)\\b"
                    + "|\\bhave you (ever )?(been|had) (hospitali[sz]ed|seriously ill|on sick leave|off sick|surgery|injured at work)\\b"
                    + "|\\b(do|have) you (have|had|got|suffer from|take|taken|ever had) (a |any )?(medical conditions?"
                    + "|health (conditions?|problems?|issues?)|chronic (illness|conditions?|pain)|illness(es)?|medications?"
                    + "|prescriptions?|allergies|back problems|injuries|heart condition|diabetes|hiv|cancer|depression|anxiety)\\b"
                    + "|\\bdo you (smoke|drink alcohol|drink|use (drugs|cannabis|marijuana))\\b"
                    + "|\\bare you (healthy|in good health|fit enough|overweight|sick|ill)\\b|\\bhow (much do you weigh|tall are you)\\b"
                    + "|\\bworkers'? comp(ensation)? claims?\\b",
                    "Asks about the candidate's health or medical history, which is protected; only the ability to "
                            + "perform the essential duties may be asked.",
                    "How would you meet the essential duties and attendance expectations of this role, with or without "
                            + "reasonable adjustments?"),
            rule(FlagCategory.GENDER, "\\bas an? (woman|man|female|male|lady|girl|guy)\\b|\\byour (gender|sex)\\b"
                    + "|\\bwhat (gender|sex) are you\\b|\\bare you (a )?(woman|man|male|female|trans|transgender|non-binary|nonbinary)\\b"
                    + "|\\b(male|men|female|women)[- ]dominated\\b|\\b(the only|one of the few) (woman|women|man|men|female|male)\\b",
                    "Refers to the candidate's gender, which is protected and irrelevant to the job.", FIT),
            rule(FlagCategory.SEXUAL_ORIENTATION, "\\bsexual (orientation|preference)\\b"
                    + "|\\bare you (gay|lesbian|straight|bisexual|bi|homosexual|heterosexual|queer)\\b",
                    "Asks about sexual orientation, which is protected and irrelevant to the job.", FIT),
            rule(FlagCategory.OTHER, "\\byour (race|skin colou?r|political (views|affiliation|party)|credit score|arrest record)\\b"
                    + "|\\bwhat race\\b|\\bwho did you vote for\\b|\\bwhat party do you\\b|\\b(have you|were you) (ever )?(been )?arrested\\b"
                    + "|\\b(are you|were you) (a )?(member of a )?union( member)?\\b",
                    "Asks about race, politics, union membership or arrests, which are protected or unfair to ask "
                            + "in a hiring interview.", FIT),
            rule(FlagCategory.LEADING, "^(don'?t|doesn'?t|wouldn'?t|won'?t|isn'?t|aren'?t|shouldn'?t|can'?t|couldn'?t|didn'?t) you\\b"
                    + "|\\b(don'?t|wouldn'?t) you (agree|say|think|feel)\\b|\\bisn'?t it (true|obvious|clear|fair to say)\\b"
                    + "|\\byou (must|surely|obviously|certainly) (have|be|know|agree|think|love|enjoy|prefer|want)\\b"
                    + "|\\bsurely you\\b|\\bobviously you\\b|\\bi('m| am) sure you\\b|\\bi assume you\\b|\\bi bet you\\b"
                    + "|\\bi'?m guessing you\\b|\\byou'?d agree\\b|\\b(everyone|everybody|we all) (knows?|agrees?)\\b"
                    + "|,\\s*(right|correct|yes|no|isn'?t it|aren'?t you|don'?t you|wouldn'?t you|didn'?t you|am i right|true)\\s*\\?$",
                    "Leading: it suggests the expected answer or presumes a fact, so the answer shows little.", null));

    private static final Pattern CLAUSE = Pattern.compile("(?<=[?.!])\\s+|[,;:]\\s+|\\s+[-–—]\\s+");
    private static final Pattern OPENER = Pattern.compile("^(how|what|which|tell|describe|walk|give|why|share|explain)\\b.*");
    private static final Pattern TAG = Pattern.compile(",\\s*(right|correct|yes|no|isn'?t it|aren'?t you|don'?t you"
            + "|wouldn'?t you|didn'?t you|am i right|true)\\s*\\??$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("^(?:(?:don'?t|doesn'?t|wouldn'?t|won'?t|isn'?t|aren'?t|"
            + "shouldn'?t|can'?t|couldn'?t|didn'?t) you (?:agree|say|think|feel|believe)|isn'?t it (?:true|obvious|clear|"
            + "fair to say)|you'?d agree|(?:everyone|everybody|we all) (?:knows?|agrees?))(?: that)?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESUMED = Pattern.compile("^(?:surely |obviously |i'?m sure |i am sure |i assume "
            + "|i bet |i'?m guessing )?(?:that )?you (?:must |surely |obviously |certainly |probably )?(have|be|are"
            + "|know|love|enjoy|prefer|want|agree|think)\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    /** Creates a screen; it holds no state and is safe to share. */
    public QuestionScreen() {
    }

    /** The problems found in each question, at most one flag per category and question; empty when all are fine. */
    public List<QuestionFlag> screen(List<Question> questions) {
        var flags = new ArrayList<QuestionFlag>();
        for (Question q : questions) {
            String text = normalize(q.text());
            Set<FlagCategory> seen = EnumSet.noneOf(FlagCategory.class);
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(text);
                if (m.find() && seen.add(rule.category())) {
                    String rewrite = rule.category() == FlagCategory.LEADING ? unlead(q.text()) : keepJobPart(q.text(), rule);
                    flags.add(new QuestionFlag(q.id(), rule.category(), rule.reason(), rewrite));
                }
            }
        }
        return flags;
    }

    /** Keeps a clause that asks about the job on its own ("..., how will you handle the on-call rota?"). */
    private static String keepJobPart(String original, Rule rule) {
        for (String clause : CLAUSE.split(original.strip())) {
            String c = clause.strip().replaceFirst("(?i)^(and|but|also|so|then|plus)\\s+", "");
            String n = normalize(c);
            if (OPENER.matcher(n).matches() && n.split(" ").length >= 5 && flagged(n) == null) {
                c = Character.toUpperCase(c.charAt(0)) + c.substring(1);
                return c.endsWith("?") || c.endsWith(".") ? c : c + "?";
            }
        }
        return rule.rewrite();
    }

    /** Restates a leading question neutrally: the opinion or presumption becomes an open question. */
    private static String unlead(String original) {
        String plain = original.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
        String t = TAG.matcher(plain).replaceFirst("").replaceAll("[?.!]+$", "").strip();
        Matcher opinion = OPINION.matcher(t);
        if (opinion.matches()) {
            return "What is your view on whether " + opinion.group(1) + ", and why?";
        }
        Matcher presumed = PRESUMED.matcher(t);
        if (presumed.matches()) {
            String verb = presumed.group(1).toLowerCase(Locale.ROOT);
            String rest = presumed.group(2).replaceAll("\\s+(before|a lot|many times|often|already)$", "");
            String lead = switch (verb) {
                case "have" -> "To what extent have you ";
                case "be", "are" -> "To what extent are you ";
                default -> "To what extent do you " + verb + " ";
            };
            return lead + rest + ", and what is one concrete example?";
        }
        return "In your own words, how accurate is the following, and what is one concrete example: \"" + t + "\"?";
    }

    private static FlagCategory flagged(String normalized) {
        return RULES.stream().filter(r -> r.pattern().matcher(normalized).find()).map(Rule::category).findFirst().orElse(null);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
    }

    private static Rule rule(FlagCategory category, String regex, String reason, String rewrite) {
        return new Rule(category, Pattern.compile(regex), reason, rewrite);
    }
}
