package io.govshare.request.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** STYLE §2: the domain is plain Java; it knows nothing of Quarkus, JPA, persistence or the API. */
@AnalyzeClasses(packages = "io.govshare.request", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..",
                    "jakarta.persistence..",
                    "jakarta.ws.rs..",
                    "jakarta.enterprise..",
                    "..persistence..",
                    "..api..",
                    "..service..",
                    "..client..",
                    "..config..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("..persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..api..", "..service..");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..api..");
}
