package org.healthscore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, one test per forbidden arrow. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.healthscore");
    }

    @Test
    void modelDataAndEngineKnowNeitherJavaFxNorSql() {
        noClasses().that().resideInAnyPackage("org.healthscore.model..", "org.healthscore.data..",
                        "org.healthscore.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.sqlite..")
                .check(classes);
    }

    @Test
    void ioAndStoreKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.healthscore.io..", "org.healthscore.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.healthscore.model..", "org.healthscore.data..",
                        "org.healthscore.engine..", "org.healthscore.store..", "org.healthscore.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.healthscore.ui..", "org.healthscore.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("org.healthscore.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.healthscore.data..",
                        "org.healthscore.engine..", "org.healthscore.store..", "org.healthscore.io..")
                .check(classes);
    }
}
