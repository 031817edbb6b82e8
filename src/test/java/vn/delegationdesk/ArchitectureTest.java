package vn.delegationdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of ARCHITECTURE.md, as rules that fail the build. */
@AnalyzeClasses(packages = "vn.delegationdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The plain domain: feature roots and common value types, no framework of any kind. */
    private static final String[] DOMAIN = {
        "vn.delegationdesk.common", "vn.delegationdesk.delegation", "vn.delegationdesk.member",
        "vn.delegationdesk.itinerary", "vn.delegationdesk.conference", "vn.delegationdesk.responsibility",
        "vn.delegationdesk.sample", "vn.delegationdesk.documents", "vn.delegationdesk.documents.layout",
        "vn.delegationdesk.documents.content"};

    @ArchTest
    static final ArchRule DOMAIN_USES_NO_FRAMEWORK = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..", "com.fasterxml..", "com.itextpdf..", "org.apache.poi..", "org.slf4j..")
            .as("the domain model imports no JavaFX, SQL, JSON, PDF, Excel or logging types");

    @ArchTest
    static final ArchRule UI_NEVER_TOUCHES_PERSISTENCE = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..platform.db..", "java.sql..")
            .as("views and view models reach data only through services");

    @ArchTest
    static final ArchRule SQL_ONLY_IN_PERSISTENCE = noClasses().that()
            .resideOutsideOfPackages("..persistence..", "vn.delegationdesk.platform.db..", "vn.delegationdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .as("only platform.db and persistence packages use JDBC (app may name the store types it wires)");

    @ArchTest
    static final ArchRule VIEW_MODELS_HOLD_NO_NODES = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
            .as("view models hold state with javafx.beans and javafx.collections only");

    @ArchTest
    static final ArchRule FEATURES_HAVE_NO_CYCLES = slices().matching("vn.delegationdesk.(*)..").should().beFreeOfCycles();
}
