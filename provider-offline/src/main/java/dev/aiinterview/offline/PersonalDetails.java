package dev.aiinterview.offline;

import java.util.regex.Pattern;

/**
 * Sets aside what an answer says about the person rather than the work: age, family, pronouns and titles,
 * nationality and origin. Only the content of an answer is scored, so these never count for or against it: an age
 * is not a figure, "a mother of two" is not a measurable outcome, and a longer name is not a longer answer.
 */
final class PersonalDetails {

    private static final String COUNT = "(\\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
            + "a couple of|twin|young|small|grown-up|little|teenage)";
    private static final String FAMILY = "(kids?|children|child|sons?|daughters?|husband|wife|spouse|"
            + "mum|mom|mother|dad|father|parents?|grandchildren|grandkids|grandparents?|twins|baby|babies|toddlers?|"
            + "family|fiancée?|boyfriend|girlfriend|siblings?|brothers?|sisters?)";

    private static final Pattern DETAILS = Pattern.compile(String.join("|",
            // age
            "\\b\\d{1,3}[- ]years?[- ]old\\b", "\\b(aged?|at the age of|at age)\\s+\\d{1,3}\\b",
            "\\b(i am|i'm|i’m|im)\\s+(\\d{1,3}|(twenty|thirty|forty|fifty|sixty|seventy)([- ]\\w+)?)(\\s+years?(\\s+old)?)?\\b",
            "\\bin my (early |mid |late |mid-)?(teens|twenties|thirties|forties|fifties|sixties|seventies|\\d0s|\\d0's)\\b",
            "\\bborn in (19|20)\\d\\d\\b",
            "\\b(young|younger|old|older|elderly|middle-aged|retired|junior|senior)\\s+(man|woman|person|guy|lady|worker)\\b",
            // family
            "\\b(mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent) of " + COUNT + "\\b",
            "\\b" + COUNT + "\\s+(\\w+\\s+)?" + FAMILY + "\\b", "\\b(my|our)\\s+(\\w+\\s+)?(" + FAMILY + "|partner)\\b",
            "\\b(single|divorced|married|widowed|separated)\\s+(mum|mom|mother|dad|father|parent)\\b",
            "\\b(i am|i'm|i’m|i was|as an?)\\s+(single|divorced|married|widowed|pregnant|expecting|parent|mum|mom|"
                    + "mother|dad|father|grandparent|grandmother|grandfather|carer|caregiver)(\\s+of\\s+" + COUNT
                    + "(\\s+(\\w+\\s+)?" + FAMILY + ")?)?\\b",
            "\\b(maternity|paternity|parental|family|sick|compassionate) leave\\b",
            // health and stage of life
            "\\b(recovering|recovered|recovery) from (an? |my )?(\\w+ )?(surgery|operation|illness|injury|cancer|"
                    + "treatment|burnout|covid)\\b", "\\b(pregnant|pregnancy|disabled|disability|wheelchair user)\\b",
            "\\b(before i retire|close to retirement|nearing retirement|(early|late|later) in (my|life's) career|"
                    + "at my age|(young|old) enough to)\\b",
            // pronouns, titles and gendered words
            "\\b(he|she|they|him|her|hers|his|them|their|theirs|himself|herself|themselves|themself|xe|ze)\\b",
            "\\b(mr|mrs|ms|mx|miss|sir|madam|ma'am)\\b\\.?", "\\b(man|woman|men|women|male|female|guy|lady|boy|girl)\\b",
            // origin, nationality, faith
            "\\b(i am|i'm|i’m|as an?)\\s+(\\w+\\s+)?(immigrant|citizen|national|native|foreigner|expat|refugee|"
                    + "migrant|christian|muslim|jewish|hindu|buddhist|sikh|atheist)\\b",
            "\\b(originally|i am|i'm|i’m|i come|we come|moved here|moved over)\\s+from\\s+(?-i:\\p{Lu})[\\p{L}-]*(\\s+(?-i:\\p{Lu})[\\p{L}-]*){0,3}",
            "\\b(born|grew up|raised)\\s+(up\\s+)?in\\s+(?-i:\\p{Lu})[\\p{L}-]*(\\s+(?-i:\\p{Lu})[\\p{L}-]*){0,3}",
            "\\b(immigrant|citizen|nationality|accent|native speaker|non-native|religion|church|mosque|temple|"
                    + "synagogue)\\b"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String NAME = "(?-i:\\p{Lu}[\\p{L}'’-]*(\\s+\\p{Lu}[\\p{L}'’-]*){0,3})";
    /** A name where the words around it say it is a person, so "my colleague Ruby" is never the Ruby language. */
    private static final Pattern PERSON = Pattern.compile(String.join("|",
            "(?<=\\b(colleague|manager|boss|lead|supervisor|director|mentor|teammate|coworker|co-worker|friend|named|"
                    + "called|nurse|doctor|dr|mr|mrs|ms|mx|engineer|developer|intern|client|customer|patient|"
                    + "rep|partner|peer)\\.?\\s)" + NAME,
            NAME + "(?=,?\\s+(said|asked|told|spotted|paged|called|helped|suggested|who|agreed|noticed|knew|handled|"
                    + "was|had|and i|and me|wanted|thought|felt|disagreed|joined|left|replied|emailed|phoned)\\b)",
            "(?<=\\b(with|to|from|for|and|by)\\s)" + NAME + "(?=\\s+(on|about|and i|and me|after|before|when)\\b)"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’+#.-]*[\\p{L}\\p{N}+#]|[\\p{L}\\p{N}]");

    /** The sentence with personal details removed, for scoring; quotes are still taken from the answer itself. */
    static String setAside(String sentence) {
        String t = DETAILS.matcher(sentence).replaceAll(" ");
        t = PERSON.matcher(t).replaceAll(" ");
        return t.replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * Words counted for length: a run of capitalised words (a name, "Mohammed Al-Rashid") counts once, so swapping
     * one name for another never changes the count.
     */
    static int words(String text) {
        // A loop rather than one pattern over the run, so a long run of capitals costs no stack.
        var m = TOKEN.matcher(text);
        int count = 0;
        int previousEnd = -1;
        boolean previousCapital = false;
        while (m.find()) {
            boolean capital = capitalised(m.group());
            boolean continuesName = capital && previousCapital && text.substring(previousEnd, m.start()).isBlank();
            if (!continuesName) {
                count++;
            }
            previousCapital = capital;
            previousEnd = m.end();
        }
        return count;
    }

    /** Whether a token, as written, is capitalised: a name, a place or a product rather than a plain word. */
    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !token.equals("I");
    }

    private PersonalDetails() {
    }
}
