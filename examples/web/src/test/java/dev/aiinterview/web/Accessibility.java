package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * axe-core (Deque's Playwright binding, which bundles axe.min.js: nothing is fetched) run on a page at laptop and at
 * phone width. Serious and critical violations are collected with their rule, page and nodes, so one run reports
 * every page's problems rather than the first. At phone width, controls are also held to 44 x 44 CSS pixels, the
 * tap target size phones need (axe-core itself only asks for 24).
 */
final class Accessibility {

    static final int LAPTOP_WIDTH = 1366;
    static final int LAPTOP_HEIGHT = 768;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final int MIN_TAP_TARGET = 44;

    /** Visible controls smaller than the minimum tap target; a checkbox's target is its whole label. */
    private static final String SMALL_TARGETS = """
            min => Array.from(document.querySelectorAll(
                'button, .button, select, textarea, input:not([type=hidden]):not([type=checkbox]), summary, .topbar nav a'))
              .filter(e => e.getClientRects().length > 0)
              .map(e => ({ e, r: e.getBoundingClientRect() }))
              .filter(({ r }) => r.height < min || r.width < min)
              .map(({ e, r }) => (e.id ? '#' + e.id : e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
                + ' "' + (e.textContent || e.value || '').trim().slice(0, 40) + '" '
                + Math.round(r.width) + 'x' + Math.round(r.height))
            """;

    private final List<String> violations = new ArrayList<>();
    private int checks;

    /** Checks the page as it is now at the viewport it has (a phone context's, say). */
    void checkAsIs(Page page, String name) {
        String viewport = page.viewportSize().width + "x" + page.viewportSize().height;
        AxeResults results = new AxeBuilder(page).analyze();
        checks++;
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                violations.add(rule.getImpact() + " " + rule.getId() + " on " + name + " (" + viewport + "): "
                        + rule.getHelp() + "\n    " + nodes(rule.getNodes()));
            }
        }
        if (page.viewportSize().width <= PHONE_WIDTH) {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) page.evaluate(SMALL_TARGETS, MIN_TAP_TARGET);
            if (!small.isEmpty()) {
                violations.add("tap targets under " + MIN_TAP_TARGET + " px on " + name + " (" + viewport + "):\n    "
                        + String.join("\n    ", small));
            }
        }
    }

    /** Checks the page at laptop width, then at phone width, and puts it back at laptop width. */
    void check(Page page, String name) {
        page.setViewportSize(LAPTOP_WIDTH, LAPTOP_HEIGHT);
        checkAsIs(page, name);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        checkAsIs(page, name);
        page.setViewportSize(LAPTOP_WIDTH, LAPTOP_HEIGHT);
    }

    /** The focused element, its outline and the background colour around it. */
    private static final String FOCUS_RING = """
            () => { const e = document.activeElement, s = getComputedStyle(e);
              let p = e.parentElement, bg = 'rgb(255, 255, 255)';
              for (; p; p = p.parentElement) {
                const c = getComputedStyle(p).backgroundColor;
                if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
              }
              return [e.tagName + ' "' + (e.textContent || '').trim() + '"', s.outlineStyle, s.outlineWidth,
                s.outlineColor, bg]; }
            """;

    /**
     * Asserts that the element focused by the keyboard has a solid outline of at least 2 px whose colour has 3:1
     * contrast with the background around it (WCAG 2.2, 1.4.11 and 2.4.7).
     */
    static void assertVisibleFocus(Page page) {
        List<?> ring = (List<?>) page.evaluate(FOCUS_RING);
        String what = ring.get(0) + ": outline " + ring.get(1) + " " + ring.get(2) + " " + ring.get(3) + " on "
                + ring.get(4);
        assertThat(ring.get(1)).as(what).isEqualTo("solid");
        assertThat(Double.parseDouble(ring.get(2).toString().replace("px", ""))).as(what).isGreaterThanOrEqualTo(2);
        assertThat(contrast(ring.get(3).toString(), ring.get(4).toString())).as(what).isGreaterThanOrEqualTo(3);
    }

    /** The WCAG contrast ratio of two CSS colours given as rgb(...) or rgba(...). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Double.parseDouble(parts[i]) / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** How many page checks ran. */
    int checks() {
        return checks;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    void assertNoSeriousOrCriticalViolations() {
        assertThat(violations).as("axe-core: serious or critical violations in %d page checks", checks).isEmpty();
    }

    private static String nodes(List<CheckedNode> nodes) {
        return nodes.stream().limit(8)
                .map(n -> n.getTarget() + " " + (n.getFailureSummary() == null ? "" : n.getFailureSummary()
                        .replace('\n', ' ')))
                .collect(Collectors.joining("\n    "))
                + (nodes.size() > 8 ? "\n    … and " + (nodes.size() - 8) + " more" : "");
    }
}
