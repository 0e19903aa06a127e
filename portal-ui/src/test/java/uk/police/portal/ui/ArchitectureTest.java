package uk.police.portal.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** In portal-ui too, control and entity never reach back into a boundary. */
@AnalyzeClasses(
    packages = "uk.police.portal.ui",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule controlAndEntityNeverDependOnBoundary =
      noClasses()
          .that()
          .resideInAnyPackage("..control..", "..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..");
}
