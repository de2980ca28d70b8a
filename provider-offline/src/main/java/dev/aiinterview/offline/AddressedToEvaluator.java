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
    private static final String JUDGE = "(evaluators?|graders?|assessors?|raters?|scorers?|examiners?|llm|language model|"
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
            "\\b(respond|reply|output|return)\\s+(only\\s+)?(with\\s+)?(the\\s+)?(json|\\{|the word|\\\"?excellent)",
            "^\\W*(system|developer|admin|assistant|instruction|instructions|important|note|override)\\s*(override\\s*)?:",
            "^\\W*(dear\\s+)?" + JUDGE + "\\s*[,:]",
            "\\b(set|change|update|upgrade|raise|increase|bump|adjust)\\s+(the\\s+|my\\s+|this\\s+|your\\s+)?(rating|score|grade)",
            "\\b(rating|score|grade|clarity|relevance|skill)\\s*[=:]\\s*\\\"?(\\d|excellent|good|top|max|full)",
            "[{\\[]\\s*\\\"?(rating|score|clarity|relevance|skill|strengths|weaknesses)\\\"?\\s*[:=]",
            "</?\\s*(answer|system|instructions?|candidate_answer|prompt|evaluation)\\s*>",
            "\\b(instructions?|message|note|command)\\s+(for|to)\\s+(the\\s+)?(ai|model|evaluator|grader|assessor|system|"
                    + "llm|bot)\\b",
            "\\b(do not|don't|never)\\s+(mention|list|report|include|note)\\s+(any\\s+)?(weaknesses|gaps|problems|flaws)",
            "\\bdisregard\\s+(the|this|my)\\s+(question|answer|content|above)",
            "\\b(rate|score|grade|mark|judge)\\s+(it\\s+|this\\s+|me\\s+|them\\s+|him\\s+|her\\s+)?(as\\s+)?(an?\\s+)?"
                    + "(\\d\\s*(of|out of|/)\\s*\\d|excellent|outstanding|perfect|top|highly|accordingly|generously)\\b",
            "\\b(test|debug|developer|admin|god|evaluation|grading)\\s+mode\\b",
            "\\b(every|each|all|this|the)\\s+answers?\\s+(is|are|was|were|will be|should be|must be)\\s+(rated|scored|graded)",
            "\\brated\\s+(as\\s+)?(an?\\s+)?(excellent|outstanding|perfect|top|highest|maximum|\\d\\s*(of|out of|/)\\s*\\d)",
            "\\bcounts?\\s+as\\s+(an?\\s+)?(excellent|outstanding|perfect|top|good|strong)\\b",
            "\\b(the|your|this)\\s+(rubric|scoring guide|marking scheme|grading criteria)\\b",
            "\\byour\\s+(rating|score|scoring|grading|evaluation|assessment|instructions|rubric|verdict|output|response format)\\b",
            "\\bthis answer\\s+(is|was|has|had|contains|meets|fully|deserves|demonstrates|shows|should|must|will)\\b",
            "\\bthe answer above\\b|\\bthe above answer\\b|\\babove as an?\\b",
            "\\bpretend\\s+(that\\s+)?(the|this|my|you)\\b",
            "\\b(into|as|with)\\s+(a|the)\\s+(rating|score|grade)\\s*[:.]",
            "\\b(pre-?approved|already approved|been approved)\\b",
            "\\b(you are|you're)\\s+(required|instructed|obliged|told|supposed)\\s+to\\b",
            "\\b(?-i:EXCELLENT|GOOD|FAIR|POOR)\\b"),
            Pattern.CASE_INSENSITIVE);

    static boolean matches(String sentence) {
        return PATTERN.matcher(sentence).find();
    }

    private AddressedToEvaluator() {
    }
}
