package io.govshare.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kustomize files are what k8s/generate renders from the chart now: no stale or hand-edited file. */
class GeneratedManifestsTest {

    private final KustomizeGenerator generator = new KustomizeGenerator(Renders.K8S);

    @Test
    void generatedFiles_equalAFreshRenderOfTheChart() throws IOException {
        var fresh = this.generator.render();
        for (var file : fresh.entrySet()) {
            Path path = Renders.K8S.resolve(file.getKey());
            assertThat(path).as("k8s/" + file.getKey() + " (run k8s/generate)").exists();
            assertThat(Files.readString(path))
                    .as("k8s/" + file.getKey() + " is stale: run k8s/generate")
                    .isEqualTo(file.getValue());
        }
        for (String dir : KustomizeGenerator.GENERATED_DIRS) {
            try (Stream<Path> files = Files.walk(Renders.K8S.resolve(dir))) {
                List<String> onDisk = files.filter(Files::isRegularFile)
                        .map(p -> Renders.K8S.relativize(p).toString())
                        .toList();
                assertThat(fresh.keySet())
                        .as("files in k8s/" + dir + " that k8s/generate does not write")
                        .containsAll(onDisk);
            }
        }
    }

    @Test
    void generatedFiles_sayTheyAreGenerated() {
        this.generator
                .render()
                .forEach((path, content) -> assertThat(content).as(path).startsWith(KustomizeGenerator.HEADER));
    }

    @Test
    void realmInTheChart_isTheLocalStacksRealm() throws IOException {
        Path source = Renders.K8S.getParent().resolve(KustomizeGenerator.REALM_SOURCE);
        Path copy = Renders.K8S.resolve(KustomizeGenerator.REALM_IN_CHART);
        if (Files.exists(source)) {
            assertThat(copy)
                    .as("k8s/" + KustomizeGenerator.REALM_IN_CHART + " (run k8s/generate)")
                    .exists();
            assertThat(Files.readString(copy))
                    .as("the chart's realm is stale: run k8s/generate")
                    .isEqualTo(Files.readString(source));
        } else {
            assertThat(copy)
                    .as("a realm in the chart without " + KustomizeGenerator.REALM_SOURCE)
                    .doesNotExist();
        }
    }
}
