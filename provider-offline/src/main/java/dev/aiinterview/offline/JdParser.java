package dev.aiinterview.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a job description into sections and lines: Markdown headings, bold headings, "Requirements:" style
 * labels and all-caps headings start sections; bullets (-, *, •, numbers) and prose sentences become lines.
 */
final class JdParser {

    /**
     * A parsed description.
     *
     * @param lines         content lines in order
     * @param explicitTitle the value of a "Job title:" style line, or {@code null}
     * @param titleHeading  the first heading or leading short line that names no section, or {@code null}
     */
    record Parsed(List<JdLine> lines, String explicitTitle, String titleHeading) {}

    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s*(.+?)\\s*#*$");
    private static final Pattern BOLD_HEADING = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*:?$");
    private static final Pattern LABEL = Pattern.compile("^\\**([A-Za-z][A-Za-z '’&/()-]{1,60}?)\\**\\s*:\\**\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•·‣▪◦–—+●○■□✓✔]|\\d{1,2}[.)]|[a-z][)])\\s+(.*)$");
    /** A name of two to eight capitalised words ended by a full stop: "Warehouse Shift Supervisor." */
    private static final Pattern RUN_IN_TITLE = Pattern.compile("(?!(?:We|You|Our|About|Join|The|This|At)\\b)"
            + "[A-Z][\\w&/+-]*(?:\\s+(?:[A-Z][\\w&/+-]*|of|and|&|[-–—|])){1,7}\\.?");
    private static final int MAX_HEADING_WORDS = 15;
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)job title|title|position|role|position title|job");
    private static final Pattern META_LABEL = Pattern.compile("(?i)location|salary|pay|pay range|type|employment type"
            + "|job type|reports to|reporting to|department|company|team|schedule|shift|shifts|hours|start date"
            + "|contract|work model|remote|workplace|travel|closing date|reference|ref|req id|job id|posted");
    private static final Pattern NICE_CUE = Pattern.compile("(?i)\\b(a plus|nice to have|nice-to-have|is a bonus"
            + "|bonus points|preferred|desirable|ideally|would be great|an advantage|advantageous|not required)\\b");
    private static final Pattern REQUIRED_CUE = Pattern.compile("(?i)\\b(you have|you bring|you'll bring|you should have"
            + "|you will need|you'll need|you need|we need|you must"
            + "|must have|must be|required|requires|we require|years of experience|years' experience|experience (with|in)"
            + "|degree|licen[sc]e|certified|certification|proficien\\w*|knowledge of)\\b");
    /** A clause that states a requirement of its own ("forklift certification is required"). */
    private static final Pattern CLAUSE_REQUIRED = Pattern.compile("(?i)\\b(must|required|requires?|essential"
            + "|mandatory|need|needs|you have|you hold|you bring|you will|you'll)\\b");
    private static final Pattern DUTY_CUE = Pattern.compile("(?i)\\b(you will|you'll|you’ll|responsible for"
            + "|your day|in this role you|duties include|you own|will own|will be accountable)\\b");

    static Parsed parse(String text) {
        var lines = new ArrayList<JdLine>();
        String explicitTitle = null;
        String titleHeading = null;
        JdSection section = JdSection.OVERVIEW;
        boolean seenContent = false;
        boolean seenHeading = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.matches("[-=_*#\\s]+")) {
                continue;
            }
            String heading = heading(line);
            Matcher label = heading == null ? LABEL.matcher(line) : null;
            if (label != null && label.matches() && label.group(1).split("\\s+").length <= 6) {
                String name = label.group(1).strip();
                String rest = label.group(2).strip();
                if (TITLE_LABEL.matcher(name).matches() && !rest.isEmpty()) {
                    explicitTitle = explicitTitle == null ? clean(rest) : explicitTitle;
                    continue;
                }
                if (META_LABEL.matcher(name).matches()) {
                    continue;
                }
                JdSection named = JdSection.ofHeading(name);
                if (named != null) {
                    section = named;
                    seenHeading = true;
                    for (String sentence : LineSplitter.sentences(rest)) {
                        addContent(lines, named, sentence, false);
                    }
                    continue;
                }
                if (rest.isEmpty()) {
                    heading = name;
                }
            }
            if (heading != null) {
                boolean first = !seenHeading && !seenContent;
                JdSection named = first && line.startsWith("# ") ? null : JdSection.ofHeading(heading);
                if (named != null) {
                    section = named;
                } else if (!seenHeading && !seenContent && titleHeading == null) {
                    titleHeading = clean(heading);
                } else {
                    section = JdSection.OVERVIEW;
                }
                seenHeading = true;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                addContent(lines, section, bullet.group(1), true);
            } else if (!seenContent && !seenHeading && titleHeading == null && looksLikeTitle(line)) {
                titleHeading = clean(line);
            } else {
                List<String> sentences = LineSplitter.sentences(line);
                boolean first = !seenContent && titleHeading == null && explicitTitle == null;
                if (first && sentences.size() > 1 && RUN_IN_TITLE.matcher(sentences.get(0)).matches()) {
                    // "Warehouse Shift Supervisor. You will lead ...": the title runs into the first sentence.
                    titleHeading = Quotes.trimPunctuation(clean(sentences.get(0)));
                    sentences = sentences.subList(1, sentences.size());
                }
                for (String sentence : sentences) {
                    addContent(lines, section, sentence, false);
                }
            }
            seenContent = true;
        }
        var numbered = new ArrayList<JdLine>();
        for (int i = 0; i < lines.size(); i++) {
            JdLine l = lines.get(i);
            numbered.add(new JdLine(l.section(), l.text(), l.bullet(), i));
        }
        return new Parsed(List.copyOf(numbered), explicitTitle, titleHeading);
    }

    private static String heading(String line) {
        Matcher md = MD_HEADING.matcher(line);
        if (line.startsWith("#") && md.matches() && md.group(1).split("\\s+", MAX_HEADING_WORDS + 1).length
                <= MAX_HEADING_WORDS) {
            return clean(md.group(1));
        }
        Matcher bold = BOLD_HEADING.matcher(line);
        if (bold.matches() && bold.group(1).split("\\s+").length <= 10) {
            return clean(bold.group(1));
        }
        String plain = clean(line);
        int words = plain.split("\\s+").length;
        if (line.endsWith(":") && words <= 8) {
            return plain.substring(0, plain.length() - 1).strip();
        }
        boolean letters = plain.chars().anyMatch(Character::isLetter);
        if (letters && words <= 6 && plain.equals(plain.toUpperCase(Locale.ROOT))) {
            return plain;
        }
        if (words <= 5 && !plain.matches(".*[.!?,;]$") && JdSection.ofHeading(plain) != null) {
            return plain;
        }
        return null;
    }

    private static boolean looksLikeTitle(String line) {
        String plain = clean(line);
        return plain.split("\\s+").length <= 10 && !plain.matches(".*[.!?]$") && Character.isUpperCase(plain.charAt(0));
    }

    /**
     * Adds a bullet or sentence as bounded pieces, a "... is a plus" clause apart from what it follows. In prose
     * outside any section, a cue carries over the rest of its sentence: in "you will be the person who ...,
     * coaching your agents ..., running the daily queue ..." every piece is a duty.
     */
    private static void addContent(List<JdLine> lines, JdSection section, String text, boolean bullet) {
        JdSection carried = section;
        for (String piece : LineSplitter.bounded(text.replaceFirst("^#+\\s*", ""))) {
            for (String clause : LineSplitter.clauses(piece, NICE_CUE, CLAUSE_REQUIRED)) {
                String t = clean(clause);
                if (Words.count(t) < 2) {
                    continue;
                }
                JdSection refined = refine(section == JdSection.OVERVIEW ? JdSection.OVERVIEW : carried, t);
                if (section == JdSection.OVERVIEW && refined == JdSection.OVERVIEW) {
                    refined = carried;
                } else if (section == JdSection.OVERVIEW && refined != JdSection.NICE_TO_HAVE) {
                    carried = refined;
                }
                lines.add(new JdLine(refined, t, bullet, lines.size()));
            }
        }
    }

    /** Sentence-level cues override the section: "Kafka is a plus" is nice to have wherever it stands. */
    private static JdSection refine(JdSection section, String text) {
        if (section == JdSection.ABOUT) {
            return section;
        }
        if (NICE_CUE.matcher(text).find()) {
            return JdSection.NICE_TO_HAVE;
        }
        if (section == JdSection.OVERVIEW) {
            if (REQUIRED_CUE.matcher(text).find()) {
                return JdSection.REQUIREMENTS;
            }
            if (DUTY_CUE.matcher(text).find()) {
                return JdSection.RESPONSIBILITIES;
            }
        }
        return section;
    }

    /** Removes Markdown emphasis and code markers, which quotes ignore anyway. */
    static String clean(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").replaceAll("\\s+", " ").strip();
    }

    private JdParser() {
    }
}
