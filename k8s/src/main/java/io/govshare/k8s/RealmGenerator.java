package io.govshare.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the Keycloak realm `govshare` for both environments from one source, `k8s/realm/realm-source.json`:
 * the local realm of the stack (demo users, demo client secrets, localhost URLs) and the production realm the
 * chart imports (no demo users; client secrets and the console's URL as `${NAME}` placeholders that the Keycloak
 * Operator's realm import, or `kc.sh import` with environment variables, fills in). Run by `k8s/generate`.
 */
public final class RealmGenerator {

    /** The source, relative to the repository root. */
    public static final String SOURCE = "k8s/realm/realm-source.json";

    /** The local realm the stack imports (scripts/up), relative to the repository root. */
    public static final String LOCAL = "scripts/keycloak/govshare-realm.json";

    /** The production realm the chart imports (templates/keycloak-operator.yaml), relative to the repository root. */
    public static final String PRODUCTION = "k8s/helm/govshare/files/govshare-realm-prod.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    /** A generator for the GovShare checkout at the given root. */
    public RealmGenerator(Path root) {
        this.root = root;
    }

    /** Both realm files, path relative to the repository root → content. */
    public Map<String, String> render() {
        Map<String, Object> source = read();
        Map<String, String> files = new TreeMap<>();
        files.put(LOCAL, toJson(realm(source, "local")));
        files.put(PRODUCTION, toJson(realm(source, "production")));
        return files;
    }

    /** Writes both realm files. */
    public void write(Map<String, String> files) throws IOException {
        for (var file : files.entrySet()) {
            Path path = this.root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /** The placeholder of a confidential client's secret in the production realm, e.g. GOVSHARE_REQUEST_SERVICE_CLIENT_SECRET. */
    public static String secretPlaceholder(String clientId) {
        return "GOVSHARE_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read() {
        try {
            return JSON.readValue(Files.readString(this.root.resolve(SOURCE)), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SOURCE, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> realm(Map<String, Object> source, String environment) {
        var env = (Map<String, Object>) source.get(environment);
        var common = (Map<String, Object>) source.get("realm");
        Map<String, Object> realm = new LinkedHashMap<>();
        realm.put("realm", common.get("realm"));
        realm.put("displayName", env.get("displayName"));
        common.forEach((k, v) -> {
            if (!k.equals("roles") && !k.equals("components")) realm.putIfAbsent(k, v);
        });
        realm.putAll((Map<String, Object>) env.get("realm"));
        realm.put("roles", common.get("roles"));
        List<Map<String, Object>> clients = new ArrayList<>();
        List<String> clientIds = new ArrayList<>();
        for (var c : (List<Map<String, Object>>) source.get("clients")) {
            if (!((List<String>) c.get("x-environments")).contains(environment)) {
                continue;
            }
            clientIds.add((String) c.get("clientId"));
            clients.add(client(c, env, source.get("orgMapper")));
        }
        realm.put("clients", clients);
        List<Object> users = new ArrayList<>((List<Object>) env.get("users"));
        for (var u : (List<Map<String, Object>>) source.get("serviceAccountUsers")) {
            if (clientIds.contains((String) u.get("serviceAccountClientId"))) {
                users.add(u);
            }
        }
        realm.put("users", users);
        realm.put("components", common.get("components"));
        return realm;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> client(Map<String, Object> c, Map<String, Object> env, Object orgMapper) {
        Map<String, Object> out = new LinkedHashMap<>();
        String clientId = (String) c.get("clientId");
        for (var field : c.entrySet()) {
            if (field.getKey().startsWith("x-")) {
                continue;
            }
            out.put(field.getKey(), field.getValue());
            if (field.getKey().equals("clientAuthenticatorType") && Boolean.TRUE.equals(c.get("x-confidential"))) {
                String secret = ((String) env.get("clientSecret"))
                        .replace("{clientId}", clientId)
                        .replace(
                                "{CLIENT_ID}", clientId.toUpperCase(Locale.ROOT).replace('-', '_'));
                out.put("secret", secret);
                out.put(
                        "description",
                        c.get("description") + ((String) env.get("secretNote")).replace("{secret}", secret));
            }
        }
        if (Boolean.TRUE.equals(c.get("x-browser"))) {
            out.put("rootUrl", "");
            out.put("redirectUris", env.get("browserRedirectUris"));
            out.put("webOrigins", env.get("browserWebOrigins"));
        }
        if (Boolean.TRUE.equals(c.get("x-org-claim"))) {
            out.put("protocolMappers", List.of(orgMapper));
        }
        return out;
    }

    private static String toJson(Map<String, Object> realm) {
        var printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return JSON.writer(printer).writeValueAsString(realm) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
