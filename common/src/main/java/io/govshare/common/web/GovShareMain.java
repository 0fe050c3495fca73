package io.govshare.common.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every service. It hands URI validation to {@link HttpGate}, which answers a URI it cannot
 * decode with a problem; Quarkus' own check would answer 400 with no body. Tests set the same property in the
 * build (surefire).
 */
@QuarkusMain
public final class GovShareMain {

    /** The Vert.x system property that turns Quarkus' body-less URI check off. */
    public static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    private GovShareMain() {}

    public static void main(String... args) {
        System.setProperty(URI_VALIDATION_OFF, "true");
        Quarkus.run(args);
    }
}
