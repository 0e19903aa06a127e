package uk.police.portal.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * Boundary, control, entity: what the outside calls sits in boundary; inside a module, control and
 * entity never reach back into it. Calling another module's boundary (case-api's control using the
 * evidence store's {@code ObjectStore}) is how modules meet, so the rule is per module. Covers
 * case-api and the libraries it packs (chatbot, evidence-store).
 */
@AnalyzeClasses(packages = "uk.police.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] MODULES = {"api", "chatbot", "evidencestore"};

  @ArchTest
  static final ArchRule controlAndEntityNeverDependOnTheirBoundary =
      CompositeArchRule.of(noBoundaryFromInside(MODULES[0]))
          .and(noBoundaryFromInside(MODULES[1]))
          .and(noBoundaryFromInside(MODULES[2]));

  @ArchTest
  static final ArchRule entitiesDoNotDependOnControl =
      noClasses()
          .that()
          .resideInAPackage("uk.police.portal..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("uk.police.portal..control..");

  private static ArchRule noBoundaryFromInside(String module) {
    String root = "uk.police.portal." + module;
    return noClasses()
        .that()
        .resideInAnyPackage(root + "..control..", root + "..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + "..boundary..")
        .allowEmptyShould(true);
  }
}
