package io.govshare.e2e;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The objects behind the placeholders and bodies of the authorization matrix. A caller expected to get through
 * gets a fresh object (its call changes it); callers expected to be refused share one, which a refusal leaves alone.
 * Historic data goes to months nobody reports: exchange records and imported requests in 1999-11, report months
 * drawn at random from 1970 (where months begin, docs/api.md) to 1998 and checked to be unused.
 */
final class MatrixData {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String HISTORIC = "1999-11-15T10:00:00+08:00";

    private final Map<String, String> shared = new HashMap<>();

    String path(String template, boolean fresh) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), fresh)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String value(String name, boolean fresh) {
        if (fresh && isMutable(name)) {
            return create(name);
        }
        return this.shared.computeIfAbsent(name, this::create);
    }

    private static boolean isMutable(String name) {
        return name.endsWith("request") || name.equals("unpublished-report-month");
    }

    private String create(String name) {
        return switch (name) {
            case "region" -> Fixtures.REGION;
            case "organization", "ledger-unit" -> Fixtures.E2E_CONSUMER;
            case "resource" -> Fixtures.CONDITIONAL;
            case "recommendation-month" -> "1999-12";
            case "own-org" -> Fixtures.APPLICANT_ORG;
            case "request" -> Workflow.freshRequest("SUBMITTED");
            case "accepted-request" -> Workflow.freshRequest("ACCEPTED");
            case "reviewed-request" -> Workflow.freshRequest("REVIEWED");
            case "rejected-request" -> Workflow.freshRequest("REJECTED");
            case "report-month", "unpublished-report-month" -> builtReportMonth();
            default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
        };
    }

    Object body(String name) {
        return switch (name) {
            case "-" -> null;
            case "region" -> Fixtures.REGION_BODY;
            case "organization" -> Fixtures.organization(Fixtures.E2E_CONSUMER);
            case "resource" -> Fixtures.resource(Fixtures.CONDITIONAL);
            case "recommendations" -> Map.of("resourceCodes", List.of(Fixtures.NATIONAL_RESOURCE));
            // NOT_STARTED: the report lists only completed, in-progress and scheduled units
            case "ledger-change" -> Map.of("status", "NOT_STARTED", "effectiveDate", "1999-12-01", "note", "端到端测试");
            case "share-request" -> Map.of("resourceCode", Fixtures.E2E_PROVIDER_RESOURCE, "purpose", "端到端测试：授权矩阵");
            case "comment" -> Map.of("comment", "端到端测试");
            case "reason" -> Map.of("comment", "端到端测试：驳回理由");
            case "import" ->
                List.of(Map.of(
                        "externalId",
                        "e2e-" + UUID.randomUUID(),
                        "applicantOrg",
                        Fixtures.APPLICANT_ORG,
                        "resourceCode",
                        Fixtures.CONDITIONAL,
                        "events",
                        List.of(Map.of("action", "SUBMIT", "at", HISTORIC, "actor", "zwfw"))));
            case "exchange-records" ->
                List.of(Map.of(
                        "id",
                        "e2e-" + UUID.randomUUID(),
                        "occurredAt",
                        HISTORIC,
                        "providerOrg",
                        Fixtures.E2E_PROVIDER,
                        "consumerOrg",
                        Fixtures.E2E_CONSUMER,
                        "resourceCode",
                        Fixtures.E2E_PROVIDER_RESOURCE,
                        "calls",
                        1));
            case "report-content" ->
                Map.of("cases", List.of(Map.of("title", "端到端测试案例", "paragraphs", List.of("授权矩阵所用的月报内容。"))));
            case "publish-override" -> Map.of("override", true, "reason", "端到端测试：授权矩阵");
            default -> throw new IllegalArgumentException("unknown body '" + name + "'");
        };
    }

    /** A month of 1970 to 1998 without any report yet, with content and a built draft. */
    static String builtReportMonth() {
        for (int attempt = 0; attempt < 50; attempt++) {
            YearMonth month =
                    YearMonth.of(1970, 1).plusMonths(ThreadLocalRandom.current().nextInt(29 * 12));
            if (Api.report(Caller.EDITOR).get("/api/v1/reports/" + month).statusCode() != 404) {
                continue;
            }
            Api.report(Caller.EDITOR)
                    .contentType("application/json")
                    .body(Map.of("cases", List.of(Map.of("title", "端到端测试案例", "paragraphs", List.of("授权矩阵所用的月报。")))))
                    .put("/api/v1/reports/" + month + "/content")
                    .then()
                    .statusCode(200);
            Api.report(Caller.EDITOR)
                    .post("/api/v1/reports/" + month + "/build")
                    .then()
                    .statusCode(201);
            return month.toString();
        }
        throw new IllegalStateException("no unused report month found before 1999");
    }
}
