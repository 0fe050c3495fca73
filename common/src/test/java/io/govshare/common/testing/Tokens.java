package io.govshare.common.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens shaped like those of the {@code govshare} Keycloak realm (realm roles, {@code org} claim, {@code azp}
 * of a GovShare client, {@code typ: Bearer}), signed by the key of {@code OidcWiremockTestResource} so that the
 * service verifies them for real. Shared by the tests of every service.
 */
public final class Tokens {

    /** The issuer of {@code OidcWiremockTestResource}. */
    public static final String ISSUER = "https://server.example.com";

    /** The client of people's tokens (password grant) in the realm. */
    public static final String CLI_CLIENT = "govshare-cli";

    private final String user;
    private String org;
    private Set<String> roles = Set.of();
    private Instant expiresAt = Instant.now().plusSeconds(3600);
    private String client = CLI_CLIENT;
    private String type = "Bearer";

    private Tokens(String user) {
        this.user = user;
    }

    public static Tokens user(String user) {
        return new Tokens(user);
    }

    /** The platform admin (no organization). */
    public static String admin() {
        return user("admin").roles("platform-admin").get();
    }

    /** The report editor (role report-editor, no organization). */
    public static String editor() {
        return user("editor").roles("report-editor").get();
    }

    /** A department user with the given roles in the given organization. */
    public static String department(String org, String... roles) {
        return user("user-of-" + org).org(org).roles(roles).get();
    }

    /** A service's client-credentials token (role {@code service}). */
    public static String service(String client) {
        return user("service-account-" + client).client(client).roles("service").get();
    }

    public Tokens org(String org) {
        this.org = org;
        return this;
    }

    public Tokens roles(String... roles) {
        this.roles = Set.of(roles);
        return this;
    }

    public Tokens expired() {
        this.expiresAt = Instant.now().minusSeconds(600);
        return this;
    }

    /** Issued to another client ({@code azp}). */
    public Tokens client(String client) {
        this.client = client;
        return this;
    }

    /** An ID token ({@code typ: ID}) instead of an access token. */
    public Tokens idToken() {
        this.type = "ID";
        return this;
    }

    public String get() {
        return claims().jws().keyId("1").sign("privateKey.jwk");
    }

    /** The same claims signed by a key the service does not trust. */
    public String signedByStranger() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims().jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JwtClaimsBuilder claims() {
        JwtClaimsBuilder claims = Jwt.preferredUserName(this.user)
                .issuer(ISSUER)
                .audience("account")
                .subject(this.user)
                .issuedAt(this.expiresAt.minusSeconds(3600))
                .expiresAt(this.expiresAt)
                .claim("typ", this.type)
                .claim("azp", this.client)
                .claim("realm_access", Map.of("roles", List.copyOf(this.roles)));
        if (this.org != null) {
            claims.claim("org", this.org);
        }
        return claims;
    }
}
