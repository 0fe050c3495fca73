package io.govshare.report.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.govshare.common.testing.IdentityProviderDownContract;

/** When the OIDC provider cannot be reached, a token cannot be checked: 503, not 500 and not 401. */
@QuarkusTest
@TestProfile(IdentityProviderDownContract.NoIdentityProvider.class)
class IdentityProviderDownTest extends IdentityProviderDownContract {

    @Override
    protected String protectedPath() {
        return "/api/v1/reports";
    }
}
