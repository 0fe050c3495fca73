package io.govshare.e2e;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every endpoint family of docs/api.md called by every caller (each role, no token, an expired and a foreign-signed
 * token, the right role with the wrong org), against the statuses of {@code authorization-matrix.tsv}. Every refusal
 * must be a problem+json document. The matrix, with what each caller really got, is printed as a table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private final List<Matrix.Row> rows = Matrix.load();
    private final MatrixData data = new MatrixData();
    private final Map<Matrix.Row, Map<Caller, Integer>> got = new LinkedHashMap<>();

    @BeforeAll
    void fixtures() {
        Fixtures.ensure();
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheDesignSays() {
        return this.rows.stream().map(row -> dynamicTest(row.family(), () -> check(row)));
    }

    private void check(Matrix.Row row) {
        List<String> failures = new ArrayList<>();
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        this.got.put(row, statuses);
        for (var cell : row.expected().entrySet()) {
            Caller caller = cell.getKey();
            Matrix.Expected expected = cell.getValue();
            String path = this.data.path(row.path(), expected.grants());
            Object body = this.data.body(row.body());
            var request = Api.as(caller, row.service()).accept("*/*");
            if (body != null) {
                request.contentType(ContentType.JSON).body(body);
            }
            Response response = request.request(row.method(), path);
            int status = response.statusCode();
            statuses.put(caller, status);
            String call = row.method() + " " + path;
            if (!expected.allows(status)) {
                failures.add(caller.label() + ": " + call + " answered " + status + ", the design says "
                        + expected.text() + "; body: " + abbreviate(response.asString()));
            } else if (status >= 400 && !isProblem(response, status)) {
                failures.add(caller.label() + ": " + call + " answered " + status + " without a problem+json body: "
                        + response.contentType() + " " + abbreviate(response.asString()));
            }
        }
        assertThat(failures).as(row.family()).isEmpty();
    }

    private static boolean isProblem(Response response, int status) {
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        Integer declared = response.jsonPath().get("status");
        return declared != null && declared == status && response.jsonPath().getString("type") != null;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    @AfterAll
    void printMatrix() {
        var table =
                new StringBuilder("\nAuthorization matrix (status each caller got; 'got!want' marks a mismatch):\n");
        int familyWidth =
                this.rows.stream().mapToInt(r -> columns(r.family())).max().orElse(10) + 2;
        table.append(pad("endpoint family", familyWidth));
        for (Caller caller : Caller.values()) {
            table.append(pad(caller.label(), Math.max(caller.label().length(), 7) + 1));
        }
        table.append('\n');
        for (Matrix.Row row : this.rows) {
            table.append(pad(row.family(), familyWidth));
            Map<Caller, Integer> statuses = this.got.get(row);
            for (Caller caller : Caller.values()) {
                String cell;
                if (statuses == null) {
                    cell = "skip";
                } else {
                    Integer status = statuses.get(caller);
                    Matrix.Expected expected = row.expected().get(caller);
                    cell = status == null
                            ? "-"
                            : expected.allows(status) ? status.toString() : status + "!" + expected.text();
                }
                table.append(pad(cell, Math.max(caller.label().length(), 7) + 1));
            }
            table.append('\n');
        }
        System.out.println(table);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - columns(text)));
    }

    /** Terminal columns: Chinese characters take two. */
    private static int columns(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
