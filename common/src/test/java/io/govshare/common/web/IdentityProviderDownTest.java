package io.govshare.common.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import io.govshare.common.testing.IdentityProviderDownContract;

/** The shared contract, run against the fixture application. */
@QuarkusTest
@TestProfile(IdentityProviderDownContract.NoIdentityProvider.class)
class IdentityProviderDownTest extends IdentityProviderDownContract {

    @Override
    protected String protectedPath() {
        return "/api/test/items";
    }
}
