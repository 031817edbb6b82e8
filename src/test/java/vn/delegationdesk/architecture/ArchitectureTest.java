package vn.delegationdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.delegationdesk.architecture.ArchitectureRules.DOMAIN_USES_NO_FRAMEWORK;
import static vn.delegationdesk.architecture.ArchitectureRules.PACKAGES_HAVE_NO_CYCLES;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.delegationdesk.architecture.ArchitectureRules.KnownViolation;

/** Every rule of {@link ArchitectureRules} on the main classes (tests and their fixtures are not imported). */
class ArchitectureTest {
    private static final String BASE = "vn.delegationdesk";
    /**
     * What the real code breaks today, one dependency each; anything else breaking the same rules fails. Each entry is
     * checked to be still real ({@link #everyToleratedViolationIsStillThere}), so a fixed one must leave this list.
     */
    static final List<KnownViolation> KNOWN = List.of(
            new KnownViolation(DOMAIN_USES_NO_FRAMEWORK, BASE + ".delegation.member.roster.MappingMemory",
                    "com.fasterxml.jackson..", "the remembered column mapping is written as JSON with Jackson inside the "
                            + "roster's domain package; its place is an adapter package (roster.persistence)"),
            new KnownViolation(DOMAIN_USES_NO_FRAMEWORK, BASE + ".delegation.member.roster.MappingMemory",
                    "org.slf4j..", "logs an unreadable remembered mapping through SLF4J from the roster's domain package"),
            new KnownViolation(PACKAGES_HAVE_NO_CYCLES, BASE + ".documents.StandardDocuments", BASE + ".documents.content..",
                    "the documents root wires the builders that implement its own DocumentBuilder; wiring belongs to app"),
            new KnownViolation(PACKAGES_HAVE_NO_CYCLES, BASE + ".documents.StandardDocuments", BASE + ".documents.pdf..",
                    "the documents root constructs the PDF writer that implements its own DocumentWriter"),
            new KnownViolation(PACKAGES_HAVE_NO_CYCLES, BASE + ".documents.StandardDocuments", BASE + ".documents.docx..",
                    "the documents root constructs the DOCX writer that implements its own DocumentWriter"),
            new KnownViolation(PACKAGES_HAVE_NO_CYCLES, BASE + ".app.Main", BASE + ".app.cli..",
                    "Main dispatches to the command line, whose commands take app's AppServices"));

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    static Stream<String> ruleNames() {
        return ArchitectureRules.forBase(BASE).all().keySet().stream();
    }

    @Test
    void onlyMainClassesAreImported() {
        assertThat(mainClasses.containPackage(BASE + ".delegation")).isTrue();
        assertThat(mainClasses.stream().map(JavaClass::getName))
                .as("no test class, in particular no rule fixture").noneMatch(name -> name.startsWith(BASE + ".architecture.")
                        || name.endsWith("Test") || name.startsWith(BASE + ".testing."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void ruleHoldsOnTheMainCode(String name) {
        ArchitectureRules.forBase(BASE).tolerating(KNOWN).all().get(name).check(mainClasses);
    }

    @Test
    void everyToleratedViolationIsStillThere() {
        Map<String, ArchRule> strict = ArchitectureRules.forBase(BASE).all();
        Map<String, List<String>> reports = new HashMap<>();
        for (KnownViolation violation : KNOWN) {
            List<String> lines = reports.computeIfAbsent(violation.rule(), rule -> strict.get(rule).evaluate(mainClasses)
                    .getFailureReport().getDetails().stream().flatMap(String::lines).toList());
            String target = violation.targetPackage().replace("..", "");
            assertThat(lines).as("%s is still violated as listed (else remove it from KNOWN)", violation)
                    .anyMatch(line -> line.contains("<" + violation.originClass() + ".") && line.contains("<" + target + "."));
        }
    }
}
