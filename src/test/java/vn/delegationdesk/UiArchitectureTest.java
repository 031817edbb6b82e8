package vn.delegationdesk;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UI's boundaries: view models know no Node, ui code no persistence, nobody styles inline. */
class UiArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.delegationdesk");
    }

    @Test
    void viewModelsUseOnlyBeansAndCollections() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameStartingWith("DetailItems")
                .or().haveSimpleName("DelegationRowItem")
                .or().haveSimpleName("DelegationFormatter")
                .or().haveSimpleName("TaskRunner")
                .or().haveSimpleName("DialogService")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                        "javafx.concurrent..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesPersistenceOrSql() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppCodeKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "vn.delegationdesk.app..", "vn.delegationdesk.delegation.editor..",
                        "vn.delegationdesk.delegation.list..", "vn.delegationdesk.delegation.draft..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void noInlineStyles() {
        noClasses().should().callMethodWhere(target(name("setStyle"))).check(classes);
    }
}
