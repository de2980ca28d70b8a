package dev.aiinterview.offline;

/**
 * Where a skill occurs in a text.
 *
 * @param skill the skill
 * @param start index of the first character in the text
 * @param end   index after the last character
 * @param text  the text as written there
 */
record SkillMatch(Skill skill, int start, int end, String text) {

    int length() {
        return end - start;
    }
}
