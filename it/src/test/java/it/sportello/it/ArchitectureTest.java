package it.sportello.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import it.sportello.keycloak.crm.OwnedDocument;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering as a test, over the main classes of every module this one depends on (user-storage,
 * authenticators, portal, themes): the CRM is reached only through its contract package, and no package depends on
 * itself through others.
 */
class ArchitectureTest {

    /** The contract every other module may use: records, enums, value types, the feature interfaces. */
    private static final String CRM_CONTRACT = "it.sportello.keycloak.crm";

    /** What implements the contract: persistence, federation and migration, private to user-storage. */
    private static final String[] CRM_INTERNALS = {
        "it.sportello.keycloak.crm.jpa..",
        "it.sportello.keycloak.crm.tickets..",
        "it.sportello.keycloak.crm.readings..",
        "it.sportello.keycloak.crm.federation..",
        "it.sportello.keycloak.crm.migration.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.sportello.keycloak");
    }

    @Test
    void modulesAboveTheCrmUseItsContractOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackages(CRM_CONTRACT + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CRM_INTERNALS)
                .because("authenticators, portal and themes ask the CRM through CustomerDirectory and its records")
                .check(classes);
    }

    @Test
    void ownedSupplyPointsAreIssuedByTheCrmImplementationOnly() {
        classes()
                .that()
                .implement(OwnedSupplyPoint.class)
                .should()
                .resideInAPackage("it.sportello.keycloak.crm.jpa")
                .andShould()
                .notBePublic()
                .because("holding the handle is the proof that the CRM checked the owner")
                .check(classes);
    }

    @Test
    void ownedDocumentsAreIssuedByTheCrmImplementationOnly() {
        classes()
                .that()
                .implement(OwnedDocument.class)
                .should()
                .resideInAPackage("it.sportello.keycloak.crm.jpa")
                .andShould()
                .notBePublic()
                .because("holding the handle is the proof that the CRM checked the owner")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("it.sportello.keycloak.(**)")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
