package dev.aiinterview.offline;

import java.util.List;

/**
 * One entry of the skills vocabulary.
 *
 * @param name      canonical name, as written mid-sentence ("Kubernetes", "patient assessment")
 * @param aliases   other ways descriptions and answers write it
 * @param domain    the field it belongs to ("software", "healthcare", "soft", ...)
 * @param technical whether a technical question can probe it
 */
record Skill(String name, List<String> aliases, String domain, boolean technical) {

    Skill {
        aliases = List.copyOf(aliases);
    }

    boolean soft() {
        return "soft".equals(domain);
    }
}
