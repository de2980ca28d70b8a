package dev.aiinterview.offline;

import java.util.Locale;
import java.util.regex.Pattern;

/** The part of a job description a line belongs to, which sets the importance of what it mentions. */
enum JdSection {
    OVERVIEW,
    RESPONSIBILITIES,
    REQUIREMENTS,
    NICE_TO_HAVE,
    /** Company boilerplate, benefits, salary, how to apply: never a topic. */
    ABOUT;

    private static final Pattern OFFER = Pattern.compile(
            "benefit|perks|salary|compensation|what we offer|we offer|equal opportunit|\\bpay\\b");
    private static final Pattern NICE = Pattern.compile(
            "nice[ -]to[ -]have|bonus|preferred|\\bplus\\b|desirable|desired|ideally|good to have|would be great"
                    + "|not required|optional|extra credit|advantage");
    private static final Pattern REQUIRED = Pattern.compile(
            "about you|requirement|qualification|what you bring|what you'll bring|what you will bring|looking for"
                    + "|must[ -]have|skills|experience|who you are|you have|you bring|essential|required|competenc"
                    + "|what we need|what you need|ideal candidate|your profile|candidate profile");
    private static final Pattern ABOUT_US = Pattern.compile(
            "about us|about the company|about the team|who we are|our company|^company|benefit|perks|what we offer"
                    + "|we offer|why join|why you'll love|compensation|salary|\\bpay\\b|equal opportunit|\\beeo\\b"
                    + "|how to apply|to apply|application process|our mission|our values|culture|^location|working here"
                    + "|life at|in it for you|diversity|accommodation");
    private static final Pattern DUTIES = Pattern.compile(
            "responsibilit|what you'll do|what you will do|what you’ll do|duties|day to day|day-to-day|in this role"
                    + "|you will|key tasks|accountabilit|what you'll be doing|your impact|the job|role description"
                    + "|the work|tasks|your role|your mission|what the job involves|key result|what you'll own|outcomes");
    private static final Pattern OVERVIEW_HEAD = Pattern.compile(
            "overview|summary|about the role|the role|the position|the opportunity|introduction|job description");

    /** The section a heading introduces, or {@code null} when the heading names none. */
    static JdSection ofHeading(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        if (OFFER.matcher(h).find()) {
            return ABOUT;
        }
        if (NICE.matcher(h).find()) {
            return NICE_TO_HAVE;
        }
        if (h.contains("about you")) {
            return REQUIREMENTS;
        }
        if (OVERVIEW_HEAD.matcher(h).find() && !DUTIES.matcher(h).find()) {
            return OVERVIEW;
        }
        if (ABOUT_US.matcher(h).find()) {
            return ABOUT;
        }
        if (REQUIRED.matcher(h).find()) {
            return REQUIREMENTS;
        }
        if (DUTIES.matcher(h).find()) {
            return RESPONSIBILITIES;
        }
        return null;
    }
}
