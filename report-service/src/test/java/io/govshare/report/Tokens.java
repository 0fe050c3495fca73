package io.govshare.report;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens shaped like those of the {@code govshare} Keycloak realm (realm roles, {@code org} claim), signed by
 * the key of {@code OidcWiremockTestResource} so that the service verifies them for real.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private final String user;
    private String org;
    private Set<String> roles = Set.of();
    private Instant expiresAt = Instant.now().plusSeconds(3600);

    private Tokens(String user) {
        this.user = user;
    }

    public static Tokens user(String user) {
        return new Tokens(user);
    }

    /** The platform admin of DESIGN §6 (no organization). */
    public static String admin() {
        return user("admin").roles("platform-admin").get();
    }

    /** The report editor of DESIGN §6 (role report-editor only). */
    public static String editor() {
        return user("editor").roles("report-editor").get();
    }

    /** Another service's client-credentials token (role service). */
    public static String service() {
        return user("service-account-request-service").roles("service").get();
    }

    /** A department user with the given roles in the given organization. */
    public static String department(String org, String... roles) {
        return user("user-of-" + org).org(org).roles(roles).get();
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
                .audience("https://service.example.com")
                .subject(this.user)
                .issuedAt(this.expiresAt.minusSeconds(3600))
                .expiresAt(this.expiresAt)
                .claim("realm_access", Map.of("roles", List.copyOf(this.roles)));
        if (this.org != null) {
            claims.claim("org", this.org);
        }
        return claims;
    }
}
