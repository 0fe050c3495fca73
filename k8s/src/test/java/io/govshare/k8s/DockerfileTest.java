package io.govshare.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints the JVM-mode Dockerfiles (no Docker engine here to build them): the Quarkus application layout
 * is copied whole, the final stage runs as the non-root uid the chart expects, the base images are
 * pinned, report-service carries its CJK fonts where its config says, and the class archive that the image
 * build's training start writes is the one the JVM maps ({@code scripts/check-image-archives} runs that step).
 */
class DockerfileTest {

    private static final String ARCHIVE = "/deployments/app-cds.jsa";
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=" + ARCHIVE;

    static List<String> services() {
        return Services.WORKLOADS;
    }

    private static List<String> lines(String service) throws IOException {
        Path file = Renders.K8S.getParent().resolve(service + "/src/main/docker/Dockerfile.jvm");
        assertThat(file).exists();
        return Files.readAllLines(file).stream()
                .map(String::strip)
                .filter(l -> !l.startsWith("#"))
                .toList();
    }

    /** The lines of the last stage (from its FROM on). */
    private static List<String> finalStage(List<String> lines) {
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("FROM ")) from = i;
        }
        return lines.subList(from, lines.size());
    }

    @ParameterizedTest
    @MethodSource("services")
    void copiesTheQuarkusApplicationLayout(String service) throws IOException {
        var stage = finalStage(lines(service));
        for (String part : List.of(
                "lib/ /deployments/lib/",
                "*.jar /deployments/",
                "app/ /deployments/app/",
                "quarkus/ /deployments/quarkus/")) {
            assertThat(stage)
                    .as(service + " copies target/quarkus-app/" + part)
                    .anyMatch(l -> l.matches("COPY (--chown=185 )?target/quarkus-app/" + Pattern.quote(part)));
        }
        assertThat(stage).contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertThat(stage).contains("EXPOSE 8080");
        assertThat(stage).anyMatch(l -> l.startsWith("ENTRYPOINT [") && l.contains("run-java.sh"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAsTheNonRootUserOfThePodSecurityContext(String service) throws IOException {
        var users = finalStage(lines(service)).stream()
                .filter(l -> l.startsWith("USER "))
                .toList();
        assertThat(users).as(service + " sets USER").isNotEmpty();
        String last = users.get(users.size() - 1).substring(5).strip();
        long uid = ServiceChecks.deployment(Source.HELM_DEFAULT, service)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getSecurityContext()
                .getRunAsUser();
        assertThat(last)
                .as(service + ": the last USER is numeric (runAsNonRoot can check it) and the chart's uid")
                .isEqualTo(Long.toString(uid));
        assertThat(uid).isPositive();
    }

    @ParameterizedTest
    @MethodSource("services")
    void pinsItsBaseImages(String service) throws IOException {
        for (String from :
                lines(service).stream().filter(l -> l.startsWith("FROM ")).toList()) {
            String image = from.split("\\s+")[1];
            assertThat(image).as(service + ": " + from).matches("[a-z0-9./-]+/[a-z0-9._-]+:[0-9][\\w.-]*");
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void isBuiltUnderTheImageNameTheChartDeploys(String service) throws IOException {
        Path file = Renders.K8S.getParent().resolve(service + "/src/main/docker/Dockerfile.jvm");
        String image = ServiceChecks.deployment(Source.HELM_DEFAULT, service)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getImage();
        assertThat(Files.readString(file)).contains("-t " + image + " ");
    }

    @org.junit.jupiter.api.Test
    void reportService_bakesItsCjkFontsWhereItsConfigPoints() throws IOException {
        var stage = finalStage(lines("report-service"));
        String fontsDir = Renders.ofKind(Source.HELM_DEFAULT, ConfigMap.class).stream()
                .filter(m -> m.getMetadata().getName().endsWith("-report-service"))
                .findFirst()
                .orElseThrow()
                .getData()
                .get("GOVSHARE_REPORT_FONTS_DIR");
        assertThat(stage).contains("ENV GOVSHARE_REPORT_FONTS_DIR=" + fontsDir);
        assertThat(stage).anyMatch(l -> l.startsWith("COPY --from=fonts") && l.endsWith(" " + fontsDir + "/"));
        // the image fetches the fonts with report-service's own script, which writes the names the service reads
        String all = String.join("\n", lines("report-service"));
        assertThat(all).contains("COPY fonts/fetch-fonts.py", "fetch-fonts.py /fonts");
        Path service = Path.of("..", "report-service").toAbsolutePath().normalize();
        String script = Files.readString(service.resolve("fonts/fetch-fonts.py"));
        String fonts = Files.readString(service.resolve("src/main/java/io/govshare/report/render/Fonts.java"));
        var names = java.util.regex.Pattern.compile("\"(Noto[A-Za-z]+-[A-Za-z]+\\.ttf)\"")
                .matcher(fonts)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(names).hasSize(3).allMatch(name -> script.contains("\"" + name + "\""));
        assertThat(stage)
                .anyMatch(l -> l.contains("microdnf install") && l.contains("fontconfig") && l.contains("freetype"));
    }

    /**
     * The JVM options of each image (C1 only for every service but exchange-stats-service, whose ingestion needs
     * C2; ADR docs/adr/2026-12-06-startup-jvm-options.md) stay when the chart's {@code jvm.extraOptions} replaces the
     * image's {@code JAVA_OPTS_APPEND}.
     */
    @ParameterizedTest
    @MethodSource("services")
    @SuppressWarnings("unchecked")
    void theChartKeepsTheImagesJvmOptionsWhenItAddsItsOwn(String service) throws IOException {
        String append = finalStage(lines(service)).stream()
                .filter(l -> l.startsWith("ENV JAVA_OPTS_APPEND="))
                .reduce((first, last) -> last)
                .orElseThrow();
        List<String> imageOptions = Arrays.stream(append.substring("ENV JAVA_OPTS_APPEND=".length())
                        .replace("\"", "")
                        .split("\\s+"))
                .filter(o -> o.startsWith("-XX:"))
                .toList();
        assertThat(imageOptions)
                .as(service + ": the image maps the archive its build writes, as the last option")
                .last()
                .isEqualTo(ARCHIVE_OPTION);
        // the same options as the local start script (scripts/lib/stack.sh), without the heap sizes and the collector
        String stack = Files.readString(Renders.K8S.getParent().resolve("scripts/lib/stack.sh"));
        String variable = service.equals("exchange-stats-service") ? "LATE_C2_JVM_OPTS" : "SERVICE_JVM_OPTS";
        List<String> stackOptions = Pattern.compile("(?m)^" + variable + "=\"([^\"]*)\"")
                .matcher(stack)
                .results()
                .flatMap(m -> Arrays.stream(m.group(1).split("\\s+")))
                .filter(o -> o.startsWith("-XX:") && !o.endsWith("GC"))
                .toList();
        assertThat(stackOptions).as("scripts/lib/stack.sh " + variable).isNotEmpty();
        assertThat(imageOptions.subList(0, imageOptions.size() - 1))
                .as(service + ": the image's JVM options")
                .isEqualTo(stackOptions);
        assertThat(imageOptions.contains("-XX:TieredStopAtLevel=1"))
                .as(service + ": C1 only in the image")
                .isEqualTo(!service.equals("exchange-stats-service"));
        assertThat(finalStage(lines(service)))
                .as(service + ": the collector of the image")
                .contains("ENV GC_CONTAINER_OPTIONS=\""
                        + (service.equals("exchange-stats-service") ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC")
                        + "\"");
        var deployment = new HelmRenderer(Renders.CHART)
                .template(List.of(), HelmRenderer.sets("jvm.extraOptions", "-XX:+HeapDumpOnOutOfMemoryError")).stream()
                        .filter(m -> m.kind().equals("Deployment"))
                        .map(Manifest::tree)
                        .filter(t -> service.equals(((Map<String, Map<String, Object>>) t.get("metadata"))
                                .get("labels")
                                .get("app.kubernetes.io/name")))
                        .findFirst()
                        .orElseThrow();
        var spec = (Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) deployment.get("spec")).get("template")).get("spec");
        var container = ((List<Map<String, Object>>) spec.get("containers")).get(0);
        String rendered = ((List<Map<String, Object>>) container.get("env"))
                .stream()
                        .filter(e -> "JAVA_OPTS_APPEND".equals(e.get("name")))
                        .map(e -> (String) e.get("value"))
                        .findFirst()
                        .orElseThrow();
        assertThat(Arrays.asList(rendered.split("\\s+")))
                .as(service + ": JAVA_OPTS_APPEND of the chart with jvm.extraOptions")
                .contains("-XX:+HeapDumpOnOutOfMemoryError", "-Dquarkus.http.host=0.0.0.0")
                .containsAll(imageOptions);
    }

    /**
     * The image's class archive (ADR docs/adr/2026-12-07-class-archive-of-the-whole-application.md): one RUN of the
     * final stage, after the application is copied, starts the service with {@code -XX:ArchiveClassesAtExit} at the
     * path the JVM options map, with the image's JVM options but without the archive it has yet to write, and without
     * Flyway (no database in an image build); the step fails when no archive was written.
     */
    @ParameterizedTest
    @MethodSource("services")
    void writesTheClassArchiveItsJvmMapsInATrainingStartOfTheBuild(String service) throws IOException {
        var stage = joinedInstructions(finalStage(lines(service)));
        var runs = stage.stream()
                .filter(l -> l.startsWith("RUN ") && l.contains("-XX:ArchiveClassesAtExit="))
                .toList();
        assertThat(runs).as(service + ": one RUN writes the class archive").hasSize(1);
        String run = runs.get(0);
        assertThat(run)
                .contains("-XX:ArchiveClassesAtExit=" + ARCHIVE)
                .contains("${JAVA_OPTS_APPEND%% " + ARCHIVE_OPTION.replace(ARCHIVE, "") + "*}", "$GC_CONTAINER_OPTIONS")
                .contains("QUARKUS_FLYWAY_MIGRATE_AT_START=false", "-jar \"$JAVA_APP_JAR\"")
                .endsWith("test -s " + ARCHIVE);
        int training = stage.indexOf(run);
        assertThat(stage.subList(0, training))
                .as(service + ": the application and the JVM options come before the training start")
                .anyMatch(l -> l.startsWith("COPY") && l.contains("target/quarkus-app/quarkus/"))
                .anyMatch(l -> l.startsWith("ENV JAVA_OPTS_APPEND=") && l.endsWith(" " + ARCHIVE_OPTION + "\""))
                .anyMatch(l -> l.startsWith("ENV JAVA_APP_JAR="))
                .anyMatch(l -> l.equals("USER 185"));
        assertThat(stage.subList(training + 1, stage.size()))
                .as(service + ": nothing copies over the trained application after the training start")
                .noneMatch(l -> l.startsWith("COPY") || l.startsWith("ENV JAVA_OPTS_APPEND="));
    }

    /**
     * The archive holds the application's and the libraries' classes only when the JDK's class loader loads them,
     * which is Quarkus's aot-jar layout (with the fast-jar layout, Quarkus's own class loader loads them, and the
     * archive holds the JDK's and a few boot libraries' classes).
     */
    @ParameterizedTest
    @MethodSource("services")
    void isPackagedInTheLayoutWhoseClassesTheArchiveHolds(String service) throws IOException {
        Path properties = Renders.K8S.getParent().resolve(service + "/src/main/resources/application.properties");
        assertThat(Files.readAllLines(properties)).contains("quarkus.package.jar.type=aot-jar");
    }

    /** The instructions with their continuation lines joined. */
    private static List<String> joinedInstructions(List<String> lines) {
        List<String> joined = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty() && current.length() == 0) continue;
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                joined.add(current.append(line).toString());
                current.setLength(0);
            }
        }
        return joined;
    }
}
