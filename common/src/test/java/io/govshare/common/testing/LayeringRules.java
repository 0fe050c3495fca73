package io.govshare.common.testing;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of every service (docs/architecture.md, "Code layout"): the domain knows no framework, no persistence,
 * no API and only the framework-free parts of {@code common} (errors, identity, input); persistence and services do
 * not know the API; nothing calls back up into the API. A service's test includes them with
 * {@code @ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);}.
 */
public final class LayeringRules {

    @ArchTest
    public static final ArchRule domainIsFrameworkFree = noClasses()
            .that()
            .resideInAPackage("io.govshare.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..",
                    "io.vertx..",
                    "io.smallrye..",
                    "jakarta.persistence..",
                    "jakarta.ws.rs..",
                    "org.hibernate..",
                    "io.govshare.*.persistence..",
                    "io.govshare.*.api..",
                    "io.govshare.*.service..",
                    "io.govshare.*.client..",
                    "io.govshare.common.web..");

    @ArchTest
    public static final ArchRule persistenceDoesNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("io.govshare.*.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.govshare.*.api..", "io.govshare.*.service..");

    @ArchTest
    public static final ArchRule serviceDoesNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("io.govshare.*.service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.govshare.*.api..");

    @ArchTest
    public static final ArchRule clientsDoNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("io.govshare.*.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.govshare.*.api..", "io.govshare.*.service..")
            .allowEmptyShould(true);

    private LayeringRules() {}
}
