package io.govshare.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed platform document is the merge of what the services' builds stored, and keeps docs/api.md's rules. */
class MergedDocumentTest {

    private static final Path ROOT =
            Path.of(System.getProperty("govshare.root", "..")).toAbsolutePath().normalize();
    private static final Path COMMITTED = ROOT.resolve("docs/api/govshare-openapi.json");

    private static String merged;

    @BeforeAll
    static void merge() throws IOException {
        merged = OpenApiMerge.write(OpenApiMerge.merge(OpenApiMerge.stored(ROOT)));
        Files.createDirectories(ROOT.resolve("openapi/target"));
        Files.writeString(ROOT.resolve("openapi/target/govshare-openapi.json"), merged);
    }

    @Test
    void theCommittedDocumentIsTheMergeOfTheServicesDocuments() throws IOException {
        assertThat(COMMITTED)
                .as("docs/api/govshare-openapi.json (scripts/openapi writes it)")
                .isRegularFile();
        assertThat(Files.readString(COMMITTED))
                .as("docs/api/govshare-openapi.json is stale: run scripts/openapi (the fresh merge is in"
                        + " openapi/target/govshare-openapi.json)")
                .isEqualTo(merged);
    }

    @Test
    void theDocumentKeepsTheRulesOfTheContract() throws IOException {
        JsonNode document = new ObjectMapper().readTree(merged);
        assertThat(ContractRules.breaches(document)).isEmpty();
    }
}
