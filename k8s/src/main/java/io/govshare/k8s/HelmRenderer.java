package io.govshare.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/** Renders the GovShare chart in-process with helm-java (Helm's Go library), so no helm binary is needed. */
public final class HelmRenderer {

    /** The release name the generated Kustomize manifests are rendered with. */
    public static final String RELEASE = "govshare";

    private static final Pattern SOURCE = Pattern.compile("(?m)^# Source: (\\S+)\\s*$");

    private final Path chart;

    /** Renders the chart in the given directory. */
    public HelmRenderer(Path chart) {
        this.chart = chart;
    }

    /** `helm lint --strict` with the chart's default values. */
    public LintResult lintStrict() {
        return new Helm(this.chart).lint().strict().call();
    }

    /**
     * `helm template` with the given values files (relative to the chart) and `--set` pairs, split into
     * manifests in Helm's order; each keeps the comments of its template.
     */
    public List<Manifest> template(List<String> valuesFiles, Map<String, Object> sets) {
        var command = new Helm(this.chart).template().withName(RELEASE).withNamespace(RELEASE);
        for (String file : valuesFiles) {
            command = command.withValuesFile(this.chart.resolve(file));
        }
        for (var set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return split(command.call());
    }

    /** Splits `helm template` output into its manifests, dropping Helm's `# Source:` lines. */
    static List<Manifest> split(String output) {
        List<Manifest> manifests = new ArrayList<>();
        for (String document : output.split("(?m)^---\\s*$")) {
            Matcher source = SOURCE.matcher(document);
            String template = source.find() ? source.group(1) : "";
            String body = SOURCE.matcher(document).replaceAll("").strip();
            if (body.lines().anyMatch(line -> line.startsWith("kind:"))) {
                manifests.add(new Manifest(template, body + "\n"));
            }
        }
        return manifests;
    }

    /** Convenience for `--set` pairs in a stable order. */
    public static Map<String, Object> sets(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
