package io.presskit.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers as the README draws them, checked on the compiled product classes (not the tests):
 * model ← image ← bundle/kit/document ← library ← service/share ← cli/app, with files and log beneath all, the
 * kit free of JavaFX and SQL, the app free of SQL, and standard output and error used by the command line only.
 */
class ArchitectureTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.presskit");
    }

    @Test
    void layersOnlyReachDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Base").definedBy("io.presskit.files..", "io.presskit.log..")
                .layer("Model").definedBy("io.presskit.model..")
                .layer("Image").definedBy("io.presskit.image..")
                .layer("Formats").definedBy("io.presskit.bundle..", "io.presskit.kit..", "io.presskit.document..")
                .layer("Library").definedBy("io.presskit.library..")
                .layer("Service").definedBy("io.presskit.service..", "io.presskit.share..")
                .layer("Cli").definedBy("io.presskit.cli..")
                .layer("App").definedBy("io.presskit.app..")
                .layer("Entry").definedBy("io.presskit")
                .whereLayer("Base").mayNotAccessAnyLayer()
                .whereLayer("Model").mayOnlyAccessLayers("Base")
                .whereLayer("Image").mayOnlyAccessLayers("Base", "Model")
                .whereLayer("Formats").mayOnlyAccessLayers("Base", "Model", "Image", "Formats")
                .whereLayer("Library").mayOnlyAccessLayers("Base", "Model", "Image", "Formats")
                .whereLayer("Service").mayOnlyAccessLayers("Base", "Model", "Image", "Formats", "Library")
                .whereLayer("Cli").mayOnlyAccessLayers("Base", "Model", "Image", "Formats", "Library", "Service")
                .whereLayer("App").mayOnlyAccessLayers("Base", "Model", "Image", "Formats", "Library", "Service")
                .check(product);
    }

    @Test
    void everyPackageHasALayer() {
        // A new top-level package must be placed in the layers above, not slip past them.
        classes().should().resideInAnyPackage("io.presskit", "io.presskit.files..", "io.presskit.log..",
                        "io.presskit.model..", "io.presskit.image..", "io.presskit.bundle..", "io.presskit.kit..",
                        "io.presskit.document..", "io.presskit.library..", "io.presskit.service..",
                        "io.presskit.share..", "io.presskit.cli..", "io.presskit.app..")
                .check(product);
    }

    @Test
    void theKitKnowsNeitherJavaFxNorSql() {
        noClasses().that().resideInAPackage("io.presskit.kit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.flywaydb..", "org.sqlite..", "org.postgresql..")
                .check(product);
    }

    @Test
    void theModelKnowsNeitherJavaFxNorSql() {
        noClasses().that().resideInAnyPackage("io.presskit.model..", "io.presskit.image..", "io.presskit.bundle..",
                        "io.presskit.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                        "org.flywaydb..", "org.sqlite..", "org.postgresql..")
                .check(product);
    }

    @Test
    void theAppSpeaksNoSql() {
        noClasses().that().resideInAPackage("io.presskit.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..",
                        "org.sqlite..", "org.postgresql..")
                .check(product);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("io.presskit.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the app and the engine log through io.presskit.log.Log into presskit.log")
                .check(product);
    }

    @Test
    void theRulesSeeViolations() {
        // The rules above would pass on an empty import or on layers that match no class; these two rules are
        // false on this code base, so their violations prove that the classes and the layers were read.
        EvaluationResult appWithoutJavaFx = noClasses().that().resideInAPackage("io.presskit.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").evaluate(product);
        EvaluationResult serviceWithoutLibrary = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy("io.presskit.model..")
                .layer("Library").definedBy("io.presskit.library..")
                .layer("Service").definedBy("io.presskit.service..")
                .whereLayer("Service").mayOnlyAccessLayers("Model")
                .evaluate(product);
        assertTrue(appWithoutJavaFx.hasViolation(), "the app's JavaFX use was seen");
        assertTrue(serviceWithoutLibrary.hasViolation(), "the service's use of the library was seen");
    }
}
