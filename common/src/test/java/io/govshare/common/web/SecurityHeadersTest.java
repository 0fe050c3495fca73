package io.govshare.common.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void theServicesKeepTheirNoScriptPolicyForHtml() {
        var headers = new SecurityHeaders("https://portal.example.gov", SecurityHeaders.HTML_POLICY);

        assertThat(headers.policyFor("text/html;charset=UTF-8"))
                .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
                        + " base-uri 'none'; form-action 'none'; frame-ancestors https://portal.example.gov");
        assertThat(headers.policyFor("application/json")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void anApplicationSetsItsOwnHtmlPolicyAndStillGetsTheFrameAncestors() {
        var headers = new SecurityHeaders("'none'", "default-src 'self'; script-src 'self'");

        assertThat(headers.policyFor("text/html"))
                .isEqualTo("default-src 'self'; script-src 'self'; frame-ancestors 'none'");
        assertThat(headers.policyFor("application/problem+json"))
                .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }
}
