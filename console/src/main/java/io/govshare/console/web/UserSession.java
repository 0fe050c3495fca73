package io.govshare.console.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.govshare.console.client.ApiProblem;
import io.govshare.console.client.CatalogApi;

/**
 * The signed-in user of one request: the access token of their session (sent by hand to the services, as the
 * portal would), their roles (from the same token) and who the catalog says they are ({@code GET /me}, asked once
 * per request).
 */
@RequestScoped
public class UserSession {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String REPORT_EDITOR = "report-editor";
    public static final String DEPT_USER = "dept-user";
    public static final String DEPT_REVIEWER = "dept-reviewer";
    public static final String DEPT_SIGNER = "dept-signer";

    private final SecurityIdentity identity;
    private final CatalogApi catalog;
    private final Map<String, String> orgNames = new HashMap<>();
    private CatalogApi.Me me;

    public UserSession(SecurityIdentity identity, @RestClient CatalogApi catalog) {
        this.identity = identity;
        this.catalog = catalog;
    }

    /** No session: it ended, or the browser never had one (a form posted after the session expired). */
    public boolean anonymous() {
        return this.identity.isAnonymous();
    }

    /** {@code Bearer <access token>} of the user's session. */
    public String bearer() {
        AccessTokenCredential token = this.identity.getCredential(AccessTokenCredential.class);
        if (this.identity.isAnonymous() || token == null || token.getToken() == null) {
            throw new ApiProblem(401, null, "未登录", "登录已过期，请重新登录。", null, null, null, null, null);
        }
        return "Bearer " + token.getToken();
    }

    public boolean has(String role) {
        return this.identity.hasRole(role);
    }

    public boolean isDepartment() {
        return has(DEPT_USER) || has(DEPT_REVIEWER) || has(DEPT_SIGNER);
    }

    public String username() {
        return this.identity.isAnonymous() ? "" : this.identity.getPrincipal().getName();
    }

    /** {@code GET /me} of catalog-service, once per request. */
    public CatalogApi.Me me() {
        if (this.me == null) {
            this.me = this.catalog.me(bearer());
        }
        return this.me;
    }

    /** The user's organization, when the token names one the catalog knows. */
    public Optional<CatalogApi.Org> org() {
        return Optional.ofNullable(me().org());
    }

    /** The catalog name of an organization, or its code when the catalog does not know it. */
    public String orgName(String code) {
        if (code == null) {
            return "";
        }
        return this.orgNames.computeIfAbsent(code, c -> {
            try {
                return this.catalog.organization(bearer(), c).name();
            } catch (ApiProblem e) {
                if (e.sessionExpired()) {
                    throw e;
                }
                return c;
            }
        });
    }

    /** The menu entries the user's roles allow (docs/console.md, "Pages"). */
    public List<Frame.MenuItem> menu(String active) {
        List<Frame.MenuItem> items = new java.util.ArrayList<>();
        items.add(new Frame.MenuItem("/", "首页", "home".equals(active)));
        if (has(DEPT_REVIEWER) || has(DEPT_SIGNER) || has(PLATFORM_ADMIN)) {
            items.add(new Frame.MenuItem("/inbox", "待办", "inbox".equals(active)));
        }
        if (isDepartment()) {
            items.add(new Frame.MenuItem("/requests", "我的申请", "requests".equals(active)));
        }
        if (has(DEPT_USER)) {
            items.add(new Frame.MenuItem("/apply", "申请数据", "apply".equals(active)));
        }
        items.add(new Frame.MenuItem("/reports", "月报", "reports".equals(active)));
        if (has(REPORT_EDITOR)) {
            items.add(new Frame.MenuItem("/admin/reports", "月报编制", "admin-reports".equals(active)));
        }
        if (has(PLATFORM_ADMIN)) {
            items.add(new Frame.MenuItem("/admin/ledger", "一本账", "admin-ledger".equals(active)));
            items.add(new Frame.MenuItem("/admin/catalog", "目录管理", "admin-catalog".equals(active)));
        }
        return List.copyOf(items);
    }

    /** The frame of a page: title, menu and who is signed in. */
    public Frame frame(String title, String active) {
        String orgName = "";
        try {
            orgName = org().map(CatalogApi.Org::name).orElse("");
        } catch (ApiProblem e) {
            if (e.sessionExpired()) {
                throw e;
            }
        }
        return new Frame(title, username(), orgName, menu(active));
    }
}
