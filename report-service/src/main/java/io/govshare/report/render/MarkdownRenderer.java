package io.govshare.report.render;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** Writes a report as Markdown from {@code templates/report/report.md}: the one place where its words live. */
@ApplicationScoped
public class MarkdownRenderer {

    private final Template template;

    public MarkdownRenderer(@Location("report/report.md") Template template) {
        this.template = template;
    }

    public String render(ReportModel model) {
        return this.template.data("m", model).render().strip() + "\n";
    }
}
