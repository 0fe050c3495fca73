package io.govshare.report.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.govshare.report.render.Fonts;

/**
 * Not ready while a CJK font is missing: without it no PDF, DOCX chart or HTML chart can be rendered. It looks for the
 * files and parses no font when every role has one ({@link Fonts#missingFiles()}), so that readiness does not wait for
 * the fonts to be parsed.
 */
@Readiness
@ApplicationScoped
public class FontsHealthCheck implements HealthCheck {

    private final Fonts fonts;

    public FontsHealthCheck(Fonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public HealthCheckResponse call() {
        List<String> missing = this.fonts.missingFiles();
        return HealthCheckResponse.named("report-fonts")
                .status(missing.isEmpty())
                .withData("dir", this.fonts.dir().toString())
                .withData("missing", String.join(", ", missing))
                .build();
    }
}
