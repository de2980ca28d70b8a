package dev.aiinterview.offline;

import dev.aiinterview.api.Seniority;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the role title, the years of experience asked for and the seniority from a job description. */
final class RoleReader {

    private static final Pattern HIRING = Pattern.compile(
            "\\b(?:looking for|hiring|seeking|recruiting|searching for)\\s+(?:an?|our next|our first|the|two|several)?\\s*"
                    + "(?:(?:experienced|talented|motivated|passionate|dedicated|skilled|enthusiastic|driven|caring)\\s+)*"
                    + "((?:[A-Z][\\w&/+.-]*)(?:\\s+(?:[A-Z(][\\w&/+.()-]*|of|and|&))*)");
    private static final Pattern AS_A = Pattern.compile(
            "\\b[Aa]s (?:an?|our)\\s+((?:[A-Z][\\w&/+.-]*)(?:\\s+(?:[A-Z(][\\w&/+.()-]*|of|and|&))*)");
    /** A short capitalised name ended by a full stop that starts the text: "Warehouse Shift Supervisor. You ...". */
    private static final Pattern LEADING_TITLE = Pattern.compile(
            "^\\s*([A-Z][\\w&/+-]*(?:\\s+(?:[A-Z][\\w&/+-]*|of|and|&)){1,7})\\.(?:\\s|$)");
    /** A capitalised name that opens the text and is followed by its employer: "Customer Support Team Lead at X". */
    private static final Pattern LEADING_TITLE_AT = Pattern.compile(
            "^\\s*((?!(?:We|You|Our|About|Join)\\b)[A-Z][\\w&/+-]*(?:\\s+(?:[A-Z][\\w&/+-]*|of|and|&)){1,7})"
                    + "\\s+(?:at|with|for|[-–—|])\\s+[A-Z]");
    private static final Pattern TITLE_CUT = Pattern.compile("\\s+(?:-|–|—|\\||at|@|for|in|with|to)\\s+|\\s*[(,:;]");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\\s*(?:\\+|plus)?\\s*"
                    + "(?:(?:-|–|to|or)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs?)\\b(?!\\s*(?:old|ago|in business|of age))"
                    + "(?:'|’)?");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15));

    private static final List<Map.Entry<Seniority, Pattern>> TITLE_LEVELS = List.of(
            Map.entry(Seniority.INTERN, Pattern.compile("\\b(intern|internship|co-op|placement student|work experience)\\b")),
            Map.entry(Seniority.EXECUTIVE, Pattern.compile(
                    "\\b(chief|cto|ceo|cfo|coo|cmo|cio|vp|svp|evp|vice president|head of|director|principal of)\\b")),
            Map.entry(Seniority.PRINCIPAL, Pattern.compile("\\b(principal|distinguished|staff (?:software |data |machine "
                    + "learning |ml |product |backend |frontend |platform |security |site reliability )?(?:engineer|developer"
                    + "|scientist|designer|architect))\\b")),
            Map.entry(Seniority.LEAD, Pattern.compile("\\b(lead|team lead|tech lead|supervisor|charge nurse|foreman|"
                    + "(?:engineering|warehouse|store|nurse|nursing|operations|team|shift|site|plant|office|restaurant|"
                    + "general|unit|ward|department|branch|area|regional|sales|support|contact centre|call centre) manager"
                    + "|team leader)\\b")),
            Map.entry(Seniority.SENIOR, Pattern.compile("\\b(senior|sr|snr|experienced)\\b")),
            Map.entry(Seniority.MID, Pattern.compile("\\b(mid-level|mid level|intermediate|ii)\\b")),
            Map.entry(Seniority.JUNIOR, Pattern.compile(
                    "\\b(junior|jr|graduate|entry[- ]level|trainee|apprentice|assistant|associate)\\b")));

    private static final Pattern TEXT_JUNIOR = Pattern.compile("(?i)\\b(entry[- ]level|new grads?|new graduates"
            + "|recent graduates?|no experience required|graduate programme|graduate program)\\b");
    private static final Pattern TEXT_MID = Pattern.compile("(?i)\\bmid[- ]level\\b");
    private static final Pattern TEXT_SENIOR = Pattern.compile("(?i)\\bsenior[- ]level\\b");

    /**
     * The role title: an explicit "Job title:" line, the first heading, a capitalised name that opens the text
     * followed by its employer ("... Team Lead at Tallyfield"), a "we are hiring a ..." phrase, a short
     * capitalised name that opens the text as its own sentence.
     */
    static String title(JdParser.Parsed parsed, String text) {
        if (parsed.explicitTitle() != null) {
            return cut(parsed.explicitTitle());
        }
        if (parsed.titleHeading() != null) {
            return cut(parsed.titleHeading());
        }
        for (Pattern p : List.of(LEADING_TITLE_AT, HIRING, AS_A, LEADING_TITLE)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String t = cut(m.group(1));
                if (!t.isBlank()) {
                    return t;
                }
            }
        }
        return "Unspecified role";
    }

    private static String cut(String title) {
        String t = JdParser.clean(title).replaceAll("^#+\\s*", "");
        Matcher m = TITLE_CUT.matcher(t);
        if (m.find() && m.start() > 0) {
            t = t.substring(0, m.start());
        }
        String[] words = t.strip().split("\\s+");
        if (words.length > 8) {
            t = String.join(" ", List.of(words).subList(0, 8));
        }
        return Quotes.trimPunctuation(t);
    }

    /** The largest minimum of the "N+ years" requirements; 0 when the description names none. */
    static int years(List<JdLine> lines) {
        int best = 0;
        for (JdLine line : lines) {
            if (line.section() == JdSection.ABOUT) {
                continue;
            }
            Matcher m = YEARS.matcher(line.text());
            String lower = line.text().toLowerCase(Locale.ROOT);
            boolean aboutExperience = lower.contains("experience") || lower.contains(" of ")
                    || line.section() == JdSection.REQUIREMENTS;
            while (m.find() && aboutExperience) {
                String n = m.group(1).toLowerCase(Locale.ROOT);
                int value = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
                best = Math.max(best, Math.min(value, 50));
            }
        }
        return best;
    }

    /** Seniority from the title, then from explicit phrases, then from the years asked for. */
    static Seniority seniority(String title, String text, int years) {
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        for (var level : TITLE_LEVELS) {
            if (level.getValue().matcher(t).find()) {
                return level.getKey();
            }
        }
        if (TEXT_SENIOR.matcher(text).find()) {
            return Seniority.SENIOR;
        }
        if (TEXT_MID.matcher(text).find()) {
            return Seniority.MID;
        }
        if (TEXT_JUNIOR.matcher(text).find()) {
            return Seniority.JUNIOR;
        }
        if (years <= 0) {
            return Seniority.UNSPECIFIED;
        }
        return years <= 1 ? Seniority.JUNIOR : years <= 4 ? Seniority.MID : years <= 9 ? Seniority.SENIOR : Seniority.LEAD;
    }

    private RoleReader() {
    }
}
