package io.govshare.e2e;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** Where the local stack answers, and which services this checkout has (a test of a missing one is not run). */
public final class Stack {

    /** The platform time zone (docs/statistics.md): months are calendar months there. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final String CATALOG = "catalog-service";
    public static final String REQUESTS = "request-service";
    public static final String EXCHANGE = "exchange-stats-service";
    public static final String REPORT = "report-service";

    public static final List<String> SERVICES = List.of(CATALOG, REQUESTS, EXCHANGE, REPORT);

    private Stack() {}

    public static Path root() {
        return Path.of(System.getProperty("govshare.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    public static String oidcUrl() {
        return property("oidc-url", "http://localhost:8180/realms/govshare");
    }

    /** The URL of another realm of the stack's Keycloak, beside the GovShare realm. */
    public static String realmUrl(String realm) {
        String oidc = oidcUrl();
        return oidc.substring(0, oidc.lastIndexOf("/realms/") + "/realms/".length()) + realm;
    }

    public static String url(String service) {
        return switch (service) {
            case CATALOG -> property("catalog-url", "http://localhost:8081");
            case REQUESTS -> property("requests-url", "http://localhost:8082");
            case EXCHANGE -> property("exchange-url", "http://localhost:8083");
            case REPORT -> property("report-url", "http://localhost:8084");
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
    }

    /** The service that serves an API path (docs/api.md). */
    public static String serviceOf(String path) {
        if (path.startsWith("/api/v1/share-requests") || path.startsWith("/api/v1/national-applications")) {
            return REQUESTS;
        }
        if (path.startsWith("/api/v1/exchange-")) {
            return EXCHANGE;
        }
        if (path.startsWith("/api/v1/reports")) {
            return REPORT;
        }
        return CATALOG;
    }

    /** The current month in the platform time zone: where live workflow actions are counted. */
    public static YearMonth currentMonth() {
        return YearMonth.now(ZONE);
    }

    private static String property(String name, String fallback) {
        return System.getProperty("govshare.e2e." + name, fallback);
    }
}
