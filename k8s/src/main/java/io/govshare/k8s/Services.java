package io.govshare.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The four GovShare services and who calls whom (docs/architecture.md §2): what the chart must deploy and allow. */
public final class Services {

    /** The services, in the chart's (alphabetical) order. */
    public static final List<String> NAMES =
            List.of("catalog-service", "exchange-stats-service", "report-service", "request-service");

    /** The calls of docs/architecture.md §2: caller → callees. */
    public static final Map<String, Set<String>> CALLS = Map.of(
            "catalog-service", Set.of(),
            "request-service", Set.of("catalog-service"),
            "exchange-stats-service", Set.of("catalog-service"),
            "report-service", Set.of("catalog-service", "request-service", "exchange-stats-service"));

    /** The web console (docs/console.md): no database; it calls each of the four services with the user's token. */
    public static final String CONSOLE = "console";

    /** Every workload of the chart: the four services and the console. */
    public static final List<String> WORKLOADS =
            List.of("catalog-service", "console", "exchange-stats-service", "report-service", "request-service");

    private Services() {}
}
