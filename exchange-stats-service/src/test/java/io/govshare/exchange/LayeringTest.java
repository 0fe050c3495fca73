package io.govshare.exchange;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** STYLE §2: the domain stays free of frameworks and of the outer layers. */
@AnalyzeClasses(packages = "io.govshare.exchange", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainIsPlain = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.quarkus..",
                    "jakarta..",
                    "io.vertx..",
                    "..persistence..",
                    "..api..",
                    "..service..",
                    "..client..");

    @ArchTest
    static final ArchRule persistenceDoesNotKnowTheApi = noClasses()
            .that()
            .resideInAPackage("..persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.govshare.exchange.api..", "io.govshare.exchange.service..");
}
