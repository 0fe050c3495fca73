package io.govshare.request.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import io.govshare.common.testing.LayeringRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering of every service (docs/architecture.md, "Inside a service"), and request-service's own: its domain
 * knows neither CDI nor its configuration.
 */
@AnalyzeClasses(packages = "io.govshare.request", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);

    @ArchTest
    static final ArchRule domainKnowsNoCdiNorConfiguration = noClasses()
            .that()
            .resideInAPackage("io.govshare.request.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.enterprise..", "io.govshare.request.config..");
}
