package io.govshare.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** STYLE §2: the domain (figures, checks, 万 rounding) is plain Java. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.govshare.report");

    @Test
    void domain_dependsOnNoFrameworkAndNoOtherLayer() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta.persistence..",
                        "jakarta.ws.rs..",
                        "..persistence..",
                        "..api..",
                        "..service..",
                        "..client..",
                        "..render..")
                .check(CLASSES);
    }

    @Test
    void clientInterfaces_areOnlyUsedByTheirWrappers() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..client..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Api")
                .check(CLASSES);
    }
}
