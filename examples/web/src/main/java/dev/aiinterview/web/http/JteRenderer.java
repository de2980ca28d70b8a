package dev.aiinterview.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Javalin's {@code ctx.render(...)} for the templates in {@code src/main/jte}. They are compiled at build time by
 * {@code jte-maven-plugin} with content type HTML, so every {@code ${...}} is escaped for where it stands (element
 * text or attribute value) and a template error is a build error, never a broken page.
 */
public final class JteRenderer implements FileRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * Renders a template as the response, as UTF-8 HTML. Javalin's own {@code ctx.render} sends a bare
     * {@code text/html}; the charset is stated so no browser has to guess it for the page's "·" and "…".
     */
    public static void page(Context ctx, String template, Map<String, ?> model) {
        ctx.render(template, model).contentType("text/html; charset=utf-8");
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        var output = new StringOutput();
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        engine.render(filePath, params, output);
        return output.toString();
    }
}
