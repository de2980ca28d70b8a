package dev.aiinterview.offline;

import java.util.regex.Pattern;

/**
 * Recognises sentences that speak to whoever rates the answer rather than answer the question: instructions
 * ("ignore previous instructions", "rate this answer excellent"), role play ("as the evaluator you must ...") and
 * claims about the rating ("the correct score is 5"). Such a sentence is never evidence and never counts for the
 * candidate; it is only noted.
 */
final class AddressedToEvaluator {

    private static final String RATING_WORD = "(excellent|outstanding|perfect|top|highest|maximum|max|full|best|"
            + "highly|pass|passing|5|five|10|ten|100|4 out of 4|5 out of 5|10 out of 10|5/5|4/4|10/10)";
    private static final String JUDGE = "(evaluator|grader|assessor|rater|scorer|examiner|llm|language model|"
            + "chatbot|gpt|chatgpt|gemini|claude|ai evaluator|ai grader|ai model|ai assistant|ai system|"
            + "evaluation model|scoring model|scoring system|rating system)";
    private static final String RULES = "(instructions?|rules|rubric|criteria|guidelines|prompts?|system message|"
            + "scoring guide)";

    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            "\\b(ignore|disregard|forget|override|bypass)\\b[^.!?]{0,40}\\b" + RULES + "\\b",
            "\\b(ignore|disregard|forget)\\s+(all|any|everything|what)\\s+(of\\s+)?(the\\s+)?(previous|prior|above|"
                    + "earlier|before|you were told|you've been told)",
            "\\b(rate|score|grade|mark|rank|evaluate|assess|judge)\\s+(this|my|the|that)\\s+(answer|response|reply|"
                    + "submission|transcript|candidate)\\s+(as\\s+)?(an?\\s+)?" + RATING_WORD + "\\b",
            "\\b(rate|score|grade|mark)\\s+(it|me|this|him|her|them)\\s+(as\\s+)?(an?\\s+)?" + RATING_WORD + "\\b",
            "\\b(give|award|assign)\\s+(me|this|it|the candidate|this answer|this response|my answer)\\s+"
                    + "(an?\\s+|the\\s+)?" + RATING_WORD + "\\b",
            "\\b(as|you are|you're|dear|attention|note to|message to|hey|hello|hi|to)\\s+(the\\s+|an?\\s+|my\\s+|any\\s+)?"
                    + JUDGE + "\\b",
            "\\b" + JUDGE + "\\s*[:,]?\\s*(you must|you should|must|should|please|note|reading this)\\b",
            "\\byou are (now )?an? (ai|artificial intelligence|assistant|bot|evaluator|grader)\\b",
            "\\b(system prompt|developer mode|jailbreak|new instructions|hidden instructions|prompt injection|"
                    + "end of (the )?(answer|transcript|candidate answer)|begin(ning)? of (the )?(evaluation|instructions)|"
                    + "updated instructions|<\\s*/?\\s*(system|instructions?)\\b)",
            "\\b(rating|score|grade|evaluation|verdict)\\s*(should|must|will|shall|=|:)\\s*(be\\s+)?(rated\\s+)?"
                    + RATING_WORD + "\\b",
            "\\b(correct|right|expected|appropriate|only acceptable)\\s+(rating|score|grade|evaluation)\\b",
            "\\b(this|my) (answer|response) (deserves|merits|exceeds|should be rated|should get|should receive|"
                    + "must be rated|must get|must receive|meets all)\\b",
            "\\b(deserves?|merits?)\\s+(an?\\s+|the\\s+)?" + RATING_WORD + "\\s+(rating|score|grade|marks?)\\b",
            "\\b(excellent|top|full|perfect|highest|maximum)\\s+(rating|score|grade|marks)\\b",
            "\\byou (must|should|will|have to|need to|are required to|are instructed to) (rate|score|grade|mark|output|"
                    + "return|approve|pass)\\b",
            "\\b(respond|reply|output|return)\\s+(only\\s+)?(with\\s+)?(json|\\{|the word|\\\"?excellent)"),
            Pattern.CASE_INSENSITIVE);

    static boolean matches(String sentence) {
        return PATTERN.matcher(sentence).find();
    }

    private AddressedToEvaluator() {
    }
}
