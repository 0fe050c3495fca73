package io.govshare.exchange;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.smallrye.jwt.build.Jwt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the packaged service ({@code target/quarkus-app/quarkus-run.jar}) with SIGKILL in the middle of a large batch,
 * starts it again and posts the batch again: the totals equal those of a clean run, and a third post stores nothing.
 * The catalog and the token endpoint are WireMock; bearer tokens are signed with a key generated here and verified by
 * the service with {@code quarkus.oidc.public-key}.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A month of its own for each run (earlier runs leave their records in the test database), between 1970 and 1999:
     * records before 1970 are refused.
     */
    private static final String MONTH = java.time.YearMonth.of(1970, 1)
            .plusMonths(new java.util.Random().nextInt(360))
            .toString();

    private static final String DB_HOST = System.getProperty("govshare.db.host", "127.0.0.1");
    private static final String DB_PORT = System.getProperty("govshare.db.port", "55432");
    private static final String DB_USER = System.getProperty("govshare.db.user", "postgres");
    private static final String DB_PASSWORD = System.getProperty("govshare.db.password", "postgres");
    private static final String DATABASE = "exchange_test";

    private static WireMockServer catalog;
    private static KeyPair keys;
    private static Process service;
    private static int port;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeAll
    static void startCatalog() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        catalog = new WireMockServer(wireMockConfig().dynamicPort());
        catalog.start();
        catalog.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + token("service", "exchange-stats-service", "service")
                                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        StringBuilder orgs = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            orgs.append(i == 0 ? "" : ",")
                    .append("{\"code\":\"%s\",\"name\":\"崩溃测试%d\",\"level\":\"%s\",\"active\":true}"
                            .formatted(org(i), i, i < 10 ? "PROVINCIAL" : "NATIONAL"));
        }
        catalog.stubFor(get(urlPathEqualTo("/api/v1/organizations"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[" + orgs + "],\"page\":0,\"size\":500,\"total\":20}")));
        catalog.stubFor(get(urlPathEqualTo("/api/v1/regions"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":500,\"total\":0}")));
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        stopService();
        if (catalog != null) {
            catalog.stop();
        }
    }

    @Test
    void killedDuringABatch_restarted_andPostedAgain_countsEveryRecordOnce() throws Exception {
        List<String> lines = new ArrayList<>();
        long calls = 0;
        long[] provided = new long[20];
        for (int i = 0; i < 100_000; i++) {
            int p = i % 20;
            int c = (i / 20) % 20;
            long n = 1 + i % 97;
            lines.add("crash-%s-%06d,%s-%02dT%02d:%02d:00+08:00,%s,%s,res-%d,%d"
                    .formatted(RUN, i, MONTH, 1 + i % 28, i % 24, i % 60, org(p), org(c), i % 300, n));
            calls += n;
            provided[p] += n;
        }
        String body = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls\n" + String.join("\n", lines);

        startService();
        CompletableFuture<HttpResponse<String>> first =
                HTTP.sendAsync(postRequest(body), HttpResponse.BodyHandlers.ofString());
        waitForBatchInDatabase(first);
        service.destroyForcibly().waitFor();
        assertThat(first.handle((response, failure) -> failure != null).get())
                .as("the killed service never answered the batch")
                .isTrue();

        startService();
        // killed while its transaction was writing, the batch was rolled back whole (had it committed in the
        // instant before the kill, it would be stored whole: never in part)
        long before = total();
        assertThat(before).isIn(0L, calls);
        HttpResponse<String> second = HTTP.send(postRequest(body), HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(second.body()).get("stored").asInt()).isEqualTo(before == 0 ? 100_000 : 0);
        HttpResponse<String> third = HTTP.send(postRequest(body), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(third.body()).get("duplicates").asInt()).isEqualTo(100_000);

        assertThat(total()).isEqualTo(calls);
        JsonNode ranking = getJson("/api/v1/exchange-stats/rankings?month=" + MONTH + "&side=PROVIDER&limit=20");
        for (JsonNode entry : ranking) {
            int index = Integer.parseInt(entry.get("orgCode")
                    .asText()
                    .substring(entry.get("orgCode").asText().lastIndexOf('-') + 1));
            assertThat(entry.get("calls").asLong()).isEqualTo(provided[index]);
        }
    }

    private static String org(int i) {
        return "crash-" + RUN + "-" + i;
    }

    /** A token of a GovShare client ({@code azp}, which the service checks against its allow-list). */
    private static String token(String user, String client, String... roles) {
        return Jwt.issuer("crash-test")
                .subject(user)
                .claim("azp", client)
                .preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .sign(keys.getPrivate());
    }

    private static HttpRequest postRequest(String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/exchange-records"))
                .header("Authorization", "Bearer " + token("gateway", "exchange-gateway", "exchange-gateway"))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static long total() throws Exception {
        return getJson("/api/v1/exchange-stats/summary?month=" + MONTH)
                .get("total")
                .asLong();
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token("admin", "govshare-cli", "platform-admin"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /**
     * Waits until the service's session is writing the batch in its transaction: a {@code COPY} of its aggregate rows
     * (which come before its ids) or of its ids.
     */
    private static void waitForBatchInDatabase(CompletableFuture<?> post) throws Exception {
        String url = "jdbc:postgresql://%s:%s/%s".formatted(DB_HOST, DB_PORT, DATABASE);
        try (Connection connection = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                assertThat(post)
                        .as("the batch finished before the service could be killed")
                        .isNotDone();
                try (ResultSet rs = statement.executeQuery("""
                        select 1 from pg_stat_activity
                        where datname = current_database() and pid <> pg_backend_pid() and state = 'active'
                          and query ilike 'COPY %'""")) {
                    if (rs.next()) {
                        return;
                    }
                }
                Thread.sleep(2);
            }
        }
        throw new AssertionError("the batch never reached the database");
    }

    private static void startService() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).exists();
        String publicKey = Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.oidc.auth-server-url=",
                        "-Dquarkus.oidc.public-key=" + publicKey,
                        "-Dquarkus.oidc.token.issuer=crash-test",
                        "-Dquarkus.oidc-client.auth-server-url=" + catalog.baseUrl(),
                        "-Dquarkus.oidc-client.discovery-enabled=false",
                        "-Dquarkus.oidc-client.token-path=/token",
                        "-Dquarkus.rest-client.catalog.url=" + catalog.baseUrl(),
                        "-jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target", "crash-recovery-service.log"));
        builder.environment()
                .putAll(Map.of(
                        "GOVSHARE_DB_HOST", DB_HOST,
                        "GOVSHARE_DB_PORT", DB_PORT,
                        "GOVSHARE_DB_USER", DB_USER,
                        "GOVSHARE_DB_PASSWORD", DB_PASSWORD,
                        "GOVSHARE_DB_NAME", DATABASE));
        service = builder.start();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(service.isAlive())
                    .as("the service stopped; see target/crash-recovery-service.log")
                    .isTrue();
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not become ready");
    }

    private static void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }
}
