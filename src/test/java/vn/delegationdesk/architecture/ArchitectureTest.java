package vn.delegationdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of {@link ArchitectureRules} on the main classes (tests and their fixtures are not imported). */
class ArchitectureTest {
    private static final String BASE = "vn.delegationdesk";
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
        ArchitectureRules.forBase(BASE).all().get(name).check(mainClasses);
    }
}
