package io.govshare.catalog;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import io.govshare.common.testing.LayeringRules;

/** The layering every service keeps (docs/architecture.md): the domain knows no framework, no persistence, no API. */
@AnalyzeClasses(packages = "io.govshare.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layering = ArchTests.in(LayeringRules.class);
}
