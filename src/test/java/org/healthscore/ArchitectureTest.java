package org.healthscore;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of DESIGN.md and the house rules of the UI. To see one fail, add a wrong import and run this
 * test: e.g. {@code import org.healthscore.ui.common.Formats;} used in {@code engine/Evaluator.java} breaks
 * {@link #eachLayerUsesOnlyTheLayersBelowIt()}; {@code import org.healthscore.store.Catalog;} used in
 * {@code ui/overview/OverviewPane.java} breaks {@link #viewsCallNoEngineStoreOrIoCode()}.
 */
class ArchitectureTest {
    private static final String ROOT = "org.healthscore";
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** model ← data ← engine ← store ← io ← cli / ui ← the launcher; nothing in cli knows the ui. */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy(ROOT + ".model..")
                .layer("data").definedBy(ROOT + ".data..")
                .layer("engine").definedBy(ROOT + ".engine..")
                .layer("store").definedBy(ROOT + ".store..")
                .layer("io").definedBy(ROOT + ".io..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .layer("ui").definedBy(ROOT + ".ui..")
                .layer("launcher").definedBy(ROOT)
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("io").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
                .whereLayer("store").mayOnlyBeAccessedByLayers("io", "cli", "ui", "launcher")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("store", "io", "cli", "ui", "launcher")
                .whereLayer("data").mayOnlyBeAccessedByLayers("engine", "store", "io", "cli", "ui", "launcher")
                .check(classes);
    }

    @Test
    void modelDataAndEngineKnowNeitherJavaFxNorSql() {
        noClasses().that().resideInAnyPackage(ROOT + ".model..", ROOT + ".data..", ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.sqlite..")
                .check(classes);
    }

    @Test
    void ioAndStoreKnowNoJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".io..", ROOT + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    /** The UI's features (overview, metric, bands, …) depend on the session and on each other one way only. */
    @Test
    void uiFeaturesHaveNoCycles() {
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** View-models hold state and commands; they know no control, so they are tested without a screen. */
    @Test
    void viewModelsKnowNoControls() {
        noClasses().that().resideInAPackage(ROOT + ".ui..").and().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameEndingWith("Commands").or().haveSimpleName("Session")
                .or().haveSimpleNameEndingWith("Suggestions")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    /**
     * Views draw and forward what the user does; the work is their view-model's. A view may read the engine's
     * result records, but calls no engine, store or io code (no static method, no constructor but a record's).
     */
    @Test
    void viewsCallNoEngineStoreOrIoCode() {
        var view = describe("a view", (JavaClass c) -> c.getPackageName().startsWith(ROOT + ".ui")
                && Stream.of("View", "Pane", "Panel", "Dialog", "Editor", "Chart", "Table")
                .anyMatch(s -> c.getSimpleName().endsWith(s) || c.getEnclosingClass()
                        .map(e -> e.getSimpleName().endsWith(s)).orElse(false)));
        var work = describe("engine, store or io code", (JavaAccess<?> a) -> {
            JavaClass owner = a.getTargetOwner();
            boolean below = Stream.of(".engine", ".store", ".io").anyMatch(p -> owner.getPackageName()
                    .startsWith(ROOT + p));
            boolean constructs = a.getTarget().getName().equals("<init>");
            // reading a result is fine (an enum constant, a record and its accessors); computing is not
            boolean reads = owner.isEnum() || (owner.isRecord() ? !isStatic(a) : !constructs && !isStatic(a));
            return below && !reads;
        });
        List<String> calls = classes.stream().filter(view).flatMap(c -> c.getAccessesFromSelf().stream())
                .filter(work).map(a -> a.getDescription()).sorted().toList();
        assertEquals(List.of(), calls, "views calling engine, store or io code: move the call into the view-model");
    }

    private static boolean isStatic(JavaAccess<?> a) {
        return a.getTarget().resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC)).orElse(false);
    }

    /** Small files with one job: no main source file over 300 lines. */
    @Test
    void noMainSourceFileIsOver300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> big = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 300)
                    .map(p -> p + " (" + lines(p) + " lines)").sorted().toList();
            assertEquals(List.of(), big);
        }
    }

    /**
     * No class with more than 15 public members (methods, fields, constructors). A record's components, its
     * canonical constructor and equals/hashCode/toString are its data, not members it adds, and are not counted.
     */
    @Test
    void noClassHasMoreThan15PublicMembers() {
        List<String> big = classes.stream().filter(c -> !c.isAnonymousClass() && publicMembers(c) > 15)
                .map(c -> c.getName() + " (" + publicMembers(c) + ")").sorted().toList();
        assertEquals(List.of(), big);
    }

    private static long publicMembers(JavaClass c) {
        var components = c.isRecord() ? c.reflect().getRecordComponents() : new java.lang.reflect.RecordComponent[0];
        var componentNames = Stream.of(components).map(java.lang.reflect.RecordComponent::getName).toList();
        return c.getMembers().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers()
                        .contains(JavaModifier.BRIDGE))
                .filter(m -> !c.isRecord() || !(componentNames.contains(m.getName())
                        || List.of("equals", "hashCode", "toString").contains(m.getName())
                        || m.getName().equals("<init>") && m instanceof com.tngtech.archunit.core.domain.JavaConstructor k
                        && k.getRawParameterTypes().size() == components.length))
                .filter(m -> !c.isEnum() || !List.of("values", "valueOf").contains(m.getName())
                        && !(m instanceof com.tngtech.archunit.core.domain.JavaField f && f.getRawType().equals(c)))
                .count();
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
