package dev.retort.testing.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module boundaries of ARCHITECTURE.md as executable rules over the production classes of every Retort
 * module on this module's classpath (test classes are not imported).
 */
class ArchitectureRulesTest {

    private static final JavaClasses RETORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.retort");

    @Test
    void schemaDslDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage("dev.retort.schema..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.retort.schema..", "java..", "javax..", "jdk..", "")
                .because("schema-dsl is the contract every other module builds on and must stay JDK-only")
                .check(RETORT);
    }

    @Test
    void theModelKnowsNeitherTheDslNorJdbc() {
        noClasses().that().resideInAPackage("dev.retort.schema.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.retort.schema.dsl..", "java.sql..", "javax.sql..")
                .because("the model is plain values: builders and databases depend on it, not the other way round")
                .check(RETORT);
    }

    @Test
    void schemaDiffDoesNotDependOnTheRunner() {
        noClasses().that().resideInAnyPackage("dev.retort.diff..", "dev.retort.postgres..")
                .should().dependOnClassesThat().resideInAPackage("dev.retort.runner..")
                .because("the runner is built on schema-diff; a dependency back would be a module cycle")
                .check(RETORT);
    }

    @Test
    void onlyTheTestKitUsesTheTestDatabases() {
        noClasses().that().resideOutsideOfPackages("dev.retort.testkit..", "dev.retort.postgres..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.retort.postgres.TestDatabases")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.retort.postgres.TestDatabase")
                .because("test infrastructure lives in retort-test-postgres, a test-scope dependency: library main code"
                        + " that used it would fail at run time (the kit, itself used in test scope, may)")
                .check(RETORT);
    }

    @Test
    void noRetortClassUsesFlywayInternals() {
        noClasses().that().resideInAPackage("dev.retort..")
                .should().dependOnClassesThat().resideInAPackage("org.flywaydb..internal..")
                .because("Flyway's internal packages change without notice; Retort runs on its public API")
                .check(RETORT);
    }

    /**
     * Packages form no cycles. The one plug-in point is the object-kind registry ({@code dev.retort.diff.kind}:
     * ManagedKind and ManagedKinds): the inspector, differ, planner and renderer ask it for the kinds, and each kind
     * (a package below it) uses their types, so edges into the registry package are left out; every other cycle
     * through a kind's own package still fails.
     */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.retort.(**)").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAPackage("dev.retort.diff.kind"))
                .check(RETORT);
    }

    @Test
    void publicApiDoesNotExposeInternalPackages() {
        publicApiRule().check(RETORT);
    }

    @Test
    void theInternalExposureRuleCatchesALeak() {
        JavaClasses fixture = new ClassFileImporter().importClasses(dev.retort.testing.arch.fixture.LeakyApi.class,
                dev.retort.testing.arch.fixture.internal.Hidden.class);
        EvaluationResult result = publicApiRule().evaluate(fixture);
        assertTrue(result.hasViolation(), "imported: " + fixture.size() + " classes");
        assertTrue(result.getFailureReport().toString().contains("leak returns dev.retort.testing.arch.fixture.internal.Hidden"),
                result.getFailureReport().toString());
    }

    private static ArchRule publicApiRule() {
        return classes().that().arePublic().and().resideOutsideOfPackage("..internal..")
                .should(notExposeInternalTypes())
                .allowEmptyShould(true);
    }

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("in an ..internal.. package", c -> c.getPackageName().matches("(.*\\.)?internal(\\..*)?"));

    /** Public and protected signatures (supertypes, fields, parameters, return and thrown types) name no internal type. */
    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        return new ArchCondition<>("not expose types from ..internal.. packages in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> exposed = new ArrayList<>();
                c.getRawSuperclass().filter(INTERNAL).ifPresent(s -> exposed.add("extends " + s.getName()));
                c.getRawInterfaces().stream().filter(INTERNAL).forEach(i -> exposed.add("implements " + i.getName()));
                for (JavaField f : c.getFields()) {
                    if (visible(f.getModifiers()) && INTERNAL.test(f.getRawType())) {
                        exposed.add("field " + f.getName() + ": " + f.getRawType().getName());
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (!visible(u.getModifiers())) {
                        continue;
                    }
                    if (INTERNAL.test(u.getRawReturnType())) {
                        exposed.add(u.getName() + " returns " + u.getRawReturnType().getName());
                    }
                    u.getRawParameterTypes().stream().filter(INTERNAL)
                            .forEach(p -> exposed.add(u.getName() + " takes " + p.getName()));
                    u.getExceptionTypes().stream().filter(INTERNAL)
                            .forEach(e -> exposed.add(u.getName() + " throws " + e.getName()));
                }
                for (String e : exposed) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " exposes an internal type: " + e));
                }
            }
        };
    }

    private static boolean visible(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
