package cn.zfgs.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of docs/adr/0003, enforced: public code reads only the published model, so a bug in a
 * public page cannot reach a draft or an unredacted text; the domain depends on no web module.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.zfgs");
    }

    @Test
    void publicPortalCodeReadsOnlyThePublishedModel() {
        noClasses().that().resideInAPackage("cn.zfgs.portal..")
                .and().resideOutsideOfPackages("cn.zfgs.portal.cli..", "cn.zfgs.portal.demo..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.zfgs.content.editorial..", "cn.zfgs.content.workflow..", "cn.zfgs.content.demo..",
                        "cn.zfgs.content.record..", "cn.zfgs.admin..")
                .because("public pages must not be able to read drafts, unredacted text or staff data")
                .check(classes);
    }

    @Test
    void publicPortalCodeNeverWritesThePublishedModel() {
        noClasses().that().resideInAPackage("cn.zfgs.portal..")
                .should().dependOnClassesThat().haveFullyQualifiedName("cn.zfgs.content.published.Publisher")
                .because("only the workflow publishes, withdraws and writes the publication log")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("cn.zfgs.content..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.zfgs.portal..", "cn.zfgs.admin..",
                        "cn.zfgs.search..")
                .check(classes);
    }

    @Test
    void thePublishedModelDoesNotKnowTheEditorialModel() {
        noClasses().that().resideInAPackage("cn.zfgs.content.published..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.zfgs.content.editorial..",
                        "cn.zfgs.content.workflow..")
                .because("a projection is made from redacted content, never from a revision")
                .check(classes);
    }

    @Test
    void theSearchIndexReadsOnlyThePublishedModel() {
        noClasses().that().resideInAPackage("cn.zfgs.search..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.zfgs.content.editorial..", "cn.zfgs.content.workflow..", "cn.zfgs.content.demo..",
                        "cn.zfgs.content.record..", "cn.zfgs.admin..", "cn.zfgs.portal..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("cn.zfgs.content.published.Publisher")
                .because("the index is a read model of the published projections and the publication log")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackagesOf(cn.zfgs.search.SearchService.class));
    }

    @Test
    void adminDoesNotDependOnThePortal() {
        noClasses().that().resideInAPackage("cn.zfgs.admin..")
                .should().dependOnClassesThat().resideInAPackage("cn.zfgs.portal..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
