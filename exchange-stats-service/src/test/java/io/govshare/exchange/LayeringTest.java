package io.govshare.exchange;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import io.govshare.common.testing.LayeringRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps (docs/architecture.md), and this service's own layer below the services: the batch
 * parser ({@code ingest}) knows the domain only, so that no record climbs back up to the API while it is read.
 */
@AnalyzeClasses(packages = "io.govshare.exchange", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);

    @ArchTest
    static final ArchRule ingestIsBelowTheServices = noClasses()
            .that()
            .resideInAPackage("io.govshare.exchange.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.govshare.exchange.api..",
                    "io.govshare.exchange.service..",
                    "io.govshare.exchange.persistence..",
                    "io.govshare.exchange.client..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheParser = noClasses()
            .that()
            .resideInAPackage("io.govshare.exchange.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.govshare.exchange.ingest..");
}
