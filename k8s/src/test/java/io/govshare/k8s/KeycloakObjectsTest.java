package io.govshare.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak Operator's objects (k8s.keycloak.org/v2alpha1 of the Keycloak Operator 26.5: Keycloak,
 * KeycloakRealmImport) against the fields of its reference, and the realms generated from
 * k8s/realm/realm-source.json: the production realm has no demo user and no secret of its own (placeholders
 * filled from the Secrets the services read), both have the browser client govshare-portal as docs/security.md
 * describes it, and the local realm keeps what the stack and the end-to-end tests use.
 */
class KeycloakObjectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(GOVSHARE_[A-Z_]+)}");

    /** k8s.keycloak.org/v2alpha1 (Keycloak Operator 26.5), the parts we write. */
    static final FieldSchema SCHEMA = new FieldSchema(
            Map.ofEntries(
                    Map.entry(
                            "Keycloak.spec",
                            Set.of(
                                    "instances",
                                    "image",
                                    "imagePullSecrets",
                                    "db",
                                    "http",
                                    "hostname",
                                    "proxy",
                                    "ingress",
                                    "features",
                                    "transaction",
                                    "unsupported",
                                    "resources",
                                    "additionalOptions",
                                    "truststores",
                                    "cache",
                                    "startOptimized",
                                    "bootstrapAdmin",
                                    "networkPolicy",
                                    "httpManagement",
                                    "tracing",
                                    "scheduling",
                                    "serviceMonitor",
                                    "update",
                                    "readinessProbe",
                                    "livenessProbe",
                                    "startupProbe",
                                    "env")),
                    Map.entry(
                            "Keycloak.spec.db",
                            Set.of(
                                    "vendor",
                                    "usernameSecret",
                                    "passwordSecret",
                                    "host",
                                    "database",
                                    "port",
                                    "schema",
                                    "url",
                                    "poolInitialSize",
                                    "poolMinSize",
                                    "poolMaxSize")),
                    Map.entry("Keycloak.spec.db.usernameSecret", Set.of("name", "key", "optional")),
                    Map.entry("Keycloak.spec.db.passwordSecret", Set.of("name", "key", "optional")),
                    Map.entry(
                            "Keycloak.spec.http",
                            Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels")),
                    Map.entry("Keycloak.spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic")),
                    Map.entry("Keycloak.spec.proxy", Set.of("headers")),
                    Map.entry(
                            "Keycloak.spec.ingress",
                            Set.of("enabled", "className", "annotations", "labels", "tlsSecret")),
                    Map.entry("Keycloak.spec.additionalOptions[]", Set.of("name", "value", "secret")),
                    Map.entry(
                            "KeycloakRealmImport.spec", Set.of("keycloakCRName", "realm", "resources", "placeholders")),
                    Map.entry("KeycloakRealmImport.spec.placeholders{}", Set.of()),
                    Map.entry("KeycloakRealmImport.spec.placeholders.*", Set.of("secret")),
                    Map.entry("KeycloakRealmImport.spec.placeholders.*.secret", Set.of("name", "key", "optional"))),
            Map.of(
                    "Keycloak.spec.proxy.headers",
                    Set.of("forwarded", "xforwarded"),
                    "Keycloak.spec.db.vendor",
                    Set.of("postgres", "mariadb", "mssql", "mysql", "oracle", "dev-file", "dev-mem")),
            Map.of("KeycloakRealmImport.spec", Set.of("keycloakCRName", "realm")),
            Set.of("Keycloak.spec.resources", "KeycloakRealmImport.spec.realm"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Source.class,
            names = {"HELM_PROD_OPERATORS", "KUSTOMIZE_PROD_OPERATORS"})
    void keycloakObjects_useOnlyFieldsOfTheOperatorsReference(Source source) {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("Keycloak", "KeycloakRealmImport")) {
            var objects = Renders.objectsOfKind(source, kind);
            assertThat(objects).as(kind + " in " + source).hasSize(1);
            assertThat(objects.get(0).get("apiVersion")).isEqualTo("k8s.keycloak.org/v2alpha1");
            problems.addAll(SCHEMA.check(objects.get(0)));
        }
        assertThat(problems).as(source.label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Source.class,
            names = {"HELM_PROD_OPERATORS", "KUSTOMIZE_PROD_OPERATORS"})
    @SuppressWarnings("unchecked")
    void realmImport_isTheProductionRealm_withEverySecretFromTheSecretsTheServicesRead(Source source) {
        var keycloak = (Map<String, Object>)
                Renders.objectsOfKind(source, "Keycloak").get(0).get("spec");
        var spec = (Map<String, Object>)
                Renders.objectsOfKind(source, "KeycloakRealmImport").get(0).get("spec");
        assertThat(spec.get("keycloakCRName"))
                .isEqualTo(((Map<?, ?>)
                                Renders.objectsOfKind(source, "Keycloak").get(0).get("metadata"))
                        .get("name"));
        assertThat(((Map<String, Object>) keycloak.get("hostname")).get("hostname"))
                .as("Keycloak serves the issuer the services trust")
                .isEqualTo("https://sso.example.gov.cn");
        var realm = (Map<String, Object>) spec.get("realm");
        assertProductionRealm(realm);
        var placeholders = (Map<String, Map<String, Map<String, String>>>) spec.get("placeholders");
        Set<String> used = placeholders(realm);
        assertThat(placeholders.keySet()).as("placeholders the import fills").isEqualTo(used);
        for (String service : Services.NAMES) {
            if (Services.CALLS.get(service).isEmpty()) continue;
            var secretRef =
                    placeholders.get(RealmGenerator.secretPlaceholder(service)).get("secret");
            String serviceSecret = ServiceChecks.deployment(source, service)
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .get(0)
                    .getEnvFrom()
                    .stream()
                    .map(EnvFromSource::getSecretRef)
                    .filter(r -> r != null)
                    .findFirst()
                    .orElseThrow()
                    .getName();
            assertThat(secretRef)
                    .as(service + ": the realm's client secret is the one the service sends")
                    .isEqualTo(Map.of("name", serviceSecret, "key", "GOVSHARE_OIDC_CLIENT_SECRET"));
        }
        var portal = client(realm, "govshare-portal");
        // the portal's URL, and the console's (the Ingress host of values-prod.yaml), which logs in with it too
        assertThat((List<String>) portal.get("redirectUris"))
                .containsExactly("https://portal.example.gov.cn/*", "https://govshare.example.gov.cn/*");
        assertThat((List<String>) portal.get("webOrigins"))
                .containsExactly("https://portal.example.gov.cn", "https://govshare.example.gov.cn");
    }

    @Test
    void localRealm_isWhatTheGeneratorWrites() throws IOException {
        var fresh = new RealmGenerator(Renders.K8S.getParent()).render();
        for (var file : fresh.entrySet()) {
            assertThat(Files.readString(Renders.K8S.getParent().resolve(file.getKey())))
                    .as(file.getKey() + " is stale: run k8s/generate (the realm's source is " + RealmGenerator.SOURCE
                            + ")")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void localRealm_keepsTheStacksUsersAndClients_andAddsThePortalForTheConsoleAndTheSwaggerUis() throws IOException {
        Map<String, Object> realm =
                JSON.readValue(Files.readString(Renders.K8S.getParent().resolve(RealmGenerator.LOCAL)), Map.class);
        var users = ((List<Map<String, Object>>) realm.get("users"))
                .stream().map(u -> (String) u.get("username")).toList();
        assertThat(users).contains("admin", "zwfw", "scjg", "dsj", "editor", "norole");
        for (String id : List.of(
                "govshare-cli",
                "govshare-e2e-short-lived",
                "exchange-gateway",
                "catalog-service",
                "request-service",
                "exchange-stats-service",
                "report-service")) {
            assertThat(client(realm, id)).as(id).isNotNull();
        }
        assertThat(client(realm, "request-service").get("secret")).isEqualTo("request-service-secret");
        var portal = client(realm, "govshare-portal");
        assertPortal(portal);
        assertThat((List<String>) portal.get("redirectUris"))
                .containsExactlyInAnyOrder(
                        "http://localhost:8085/*",
                        "http://localhost:8081/q/swagger-ui/*",
                        "http://localhost:8082/q/swagger-ui/*",
                        "http://localhost:8083/q/swagger-ui/*",
                        "http://localhost:8084/q/swagger-ui/*");
        assertThat(portal.get("protocolMappers"))
                .as("the portal's tokens carry the org claim as govshare-cli's")
                .isEqualTo(client(realm, "govshare-cli").get("protocolMappers"));
        assertThat(JSON.writeValueAsString(realm.get("components")))
                .as("the org user-profile attribute")
                .contains("\\\"name\\\":\\\"org\\\"");
    }

    @SuppressWarnings("unchecked")
    static void assertProductionRealm(Map<String, Object> realm) {
        assertThat(realm.get("realm")).isEqualTo("govshare");
        assertThat(realm.get("sslRequired")).isEqualTo("all");
        var users = (List<Map<String, Object>>) realm.get("users");
        assertThat(users)
                .as("no demo user: only the service accounts of the confidential clients")
                .allMatch(u -> u.containsKey("serviceAccountClientId") && !u.containsKey("credentials"));
        var clients = (List<Map<String, Object>>) realm.get("clients");
        assertThat(clients)
                .as("no password grant in production")
                .noneMatch(c -> Boolean.TRUE.equals(c.get("directAccessGrantsEnabled")));
        assertThat(clients.stream().map(c -> c.get("clientId")).toList())
                .containsExactlyInAnyOrder(
                        "request-service",
                        "exchange-stats-service",
                        "report-service",
                        "exchange-gateway",
                        "govshare-portal");
        for (var c : clients) {
            if (Boolean.FALSE.equals(c.get("publicClient"))) {
                assertThat(c.get("secret"))
                        .as(c.get("clientId") + ": secret from a Kubernetes Secret")
                        .isEqualTo("${" + RealmGenerator.secretPlaceholder((String) c.get("clientId")) + "}");
            }
        }
        assertPortal(client(realm, "govshare-portal"));
        assertThat(realm.toString()).doesNotContain("demo", "-secret\"", "localhost");
    }

    @SuppressWarnings("unchecked")
    static void assertPortal(Map<String, Object> portal) {
        assertThat(portal).as("govshare-portal").isNotNull();
        assertThat(portal)
                .containsEntry("publicClient", true)
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("directAccessGrantsEnabled", false)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("serviceAccountsEnabled", false)
                .doesNotContainKey("secret");
        assertThat((Map<String, Object>) portal.get("attributes")).containsEntry("pkce.code.challenge.method", "S256");
        var mappers = (List<Map<String, Object>>) portal.get("protocolMappers");
        assertThat(mappers)
                .anyMatch(m -> "org".equals(((Map<String, Object>) m.get("config")).get("claim.name"))
                        && "true".equals(((Map<String, Object>) m.get("config")).get("access.token.claim")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return ((List<Map<String, Object>>) realm.get("clients"))
                .stream()
                        .filter(c -> clientId.equals(c.get("clientId")))
                        .findFirst()
                        .orElse(null);
    }

    private static Set<String> placeholders(Object realm) {
        Set<String> names = new TreeSet<>();
        try {
            var m = PLACEHOLDER.matcher(JSON.writeValueAsString(realm));
            while (m.find()) names.add(m.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
