package io.govshare.report;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import io.govshare.common.testing.LayeringRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layering every service keeps (docs/architecture.md): the domain (figures, checks, 万 rounding, the working-day
 * calendar) is plain Java; and report-service's own: the domain knows no rendering, and the REST client interfaces
 * are used only by their wrappers.
 */
@AnalyzeClasses(packages = "io.govshare.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);

    @ArchTest
    static final ArchRule domainKnowsNoRendering = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..render..", "jakarta.ws.rs..", "io.quarkus..");

    @ArchTest
    static final ArchRule clientInterfacesAreOnlyUsedByTheirWrappers = noClasses()
            .that()
            .resideOutsideOfPackage("..client..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Api");
}
