package vn.delegationdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the code, as ArchUnit rules built for a base package: {@code vn.delegationdesk} for the real
 * code, a fixtures package for the proof that each rule fails when it should (see {@code ArchitectureRulesFailTest}).
 * Packages are named relative to the base:
 * <ul>
 *   <li>outer layers: a package with one of {@link #OUTER_LAYERS} among its names ({@code budget.ui},
 *       {@code delegation.persistence}, {@code documents.pdf}, {@code app.cli}, {@code platform.i18n} ...);</li>
 *   <li>workspace UI: {@link #WORKSPACE} ({@code delegation.editor}, {@code delegation.list}, {@code delegation.draft});</li>
 *   <li>domain: every other package, so a new feature is domain without being listed anywhere.</li>
 * </ul>

 * The real code breaks none of them: there is no list of tolerated exceptions.
 */
public final class ArchitectureRules {
    public static final String DOMAIN_USES_NO_FRAMEWORK = "domainUsesNoFramework";
    public static final String DOMAIN_NEVER_DEPENDS_ON_UI = "domainNeverDependsOnUi";
    public static final String UI_NEVER_TOUCHES_PERSISTENCE = "uiNeverTouchesPersistence";
    public static final String SQL_ONLY_IN_PERSISTENCE = "sqlOnlyInPersistence";
    public static final String VIEW_MODELS_HOLD_NO_NODES = "viewModelsHoldNoNodes";
    public static final String JAVAFX_ONLY_IN_UI_APP_AND_WORKSPACE = "javaFxOnlyInUiAppAndWorkspace";
    public static final String DRAFT_USES_ONLY_BEANS_AND_COLLECTIONS = "draftUsesOnlyBeansAndCollections";
    public static final String NO_INLINE_STYLES = "noInlineStyles";
    public static final String FEATURES_HAVE_NO_CYCLES = "featuresHaveNoCycles";
    public static final String PACKAGES_HAVE_NO_CYCLES = "packagesHaveNoCycles";

    /** A package having one of these names (at any depth) is not domain. */
    public static final Set<String> OUTER_LAYERS = Set.of("ui", "persistence", "export", "pdf", "docx", "print", "fonts",
            "app", "platform", "cli", "bench");
    /** UI packages of the delegation workspace that have no {@code ui} in their names. */
    public static final List<String> WORKSPACE = List.of("delegation.editor", "delegation.list", "delegation.draft");
    /** The working copy: JavaFX beans and collections only, no Node. */
    public static final String DRAFT = "delegation.draft";
    /** Frameworks the domain never names. */
    public static final List<String> FRAMEWORKS = List.of("javafx..", "org.controlsfx..", "java.sql..", "javax.sql..",
            "org.h2..", "org.flywaydb..", "com.fasterxml.jackson..", "com.itextpdf..", "org.apache.poi..",
            "org.apache.pdfbox..", "org.apache.fontbox..", "org.slf4j..", "ch.qos.logback..", "org.apache.logging..");
    /**
     * The two features whose very subject is a file format: exchange (JSON packages, Jackson; with its JSON reading
     * core and its rate-set files) and the roster root (Excel workbooks, POI). The allowance is for the packages named,
     * not their other sub-packages, and for that one library only.
     */
    public static final Map<String, List<String>> FORMAT_LIBRARIES = Map.of(
            "exchange", List.of("com.fasterxml.jackson.."),
            "exchange.json", List.of("com.fasterxml.jackson.."),
            "exchange.rates", List.of("com.fasterxml.jackson.."),
            "delegation.member.roster", List.of("org.apache.poi.."));
    /** Only these talk JDBC; app may name the store types it wires. */
    private static final String[] SQL = {"java.sql..", "javax.sql..", "org.h2..", "org.flywaydb.."};
    private static final String[] JAVAFX = {"javafx..", "org.controlsfx.."};
    /** Scene graph, windows and the FX thread: what a view model never holds. */
    private static final String[] NODES = {"javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.concurrent..",
        "org.controlsfx.."};

    private final String base;

    private ArchitectureRules(String base) {
        this.base = base;
    }

    /** The rules for the code under {@code base}: every violation fails. */
    public static ArchitectureRules forBase(String base) {
        return new ArchitectureRules(base);
    }

    /** Every rule, under its name, in a fixed order. */
    public Map<String, ArchRule> all() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put(DOMAIN_USES_NO_FRAMEWORK, domainUsesNoFramework());
        rules.put(DOMAIN_NEVER_DEPENDS_ON_UI, domainNeverDependsOnUi());
        rules.put(UI_NEVER_TOUCHES_PERSISTENCE, uiNeverTouchesPersistence());
        rules.put(SQL_ONLY_IN_PERSISTENCE, sqlOnlyInPersistence());
        rules.put(VIEW_MODELS_HOLD_NO_NODES, viewModelsHoldNoNodes());
        rules.put(JAVAFX_ONLY_IN_UI_APP_AND_WORKSPACE, javaFxOnlyInUiAppAndWorkspace());
        rules.put(DRAFT_USES_ONLY_BEANS_AND_COLLECTIONS, draftUsesOnlyBeansAndCollections());
        rules.put(NO_INLINE_STYLES, noInlineStyles());
        rules.put(FEATURES_HAVE_NO_CYCLES, featuresHaveNoCycles());
        rules.put(PACKAGES_HAVE_NO_CYCLES, packagesHaveNoCycles());
        return rules;
    }

    /**
     * Domain packages name no JavaFX, SQL, JSON, PDF, Excel or logging type; exchange may use Jackson and the roster
     * root POI ({@link #FORMAT_LIBRARIES}), nothing else.
     */
    public ArchRule domainUsesNoFramework() {
        DescribedPredicate<Dependency> allowed = DescribedPredicate.describe("the target is no framework, or the format "
                + "library of its feature " + FORMAT_LIBRARIES, dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    if (!in(target, FRAMEWORKS)) {
                        return true;
                    }
                    List<String> own = FORMAT_LIBRARIES.get(relative(dependency.getOriginClass().getPackageName()));
                    return own != null && in(target, own);
                });
        return classes().that(domain()).should(onlyHaveDependenciesWhere(allowed))
                .as("domain packages import no JavaFX, SQL, Jackson, iText, POI, PDFBox or logging types "
                        + "(exchange: Jackson, delegation.member.roster: POI)");
    }

    /** A domain class depends on no ui package, its own feature's or another's, nor on the workspace UI. */
    public ArchRule domainNeverDependsOnUi() {
        return noClasses().that(domain()).should().dependOnClassesThat(ui().or(workspace()))
                .as("domain classes never depend on a ui package (their own or another) or the workspace UI");
    }

    public ArchRule uiNeverTouchesPersistence() {
        return noClasses().that(ui().or(workspace()))
                .should().dependOnClassesThat().resideInAnyPackage(base + "..persistence..", base + ".platform.db..",
                        "java.sql..", "javax.sql..")
                .as("views and view models reach data only through services: no persistence, platform.db or JDBC");
    }

    public ArchRule sqlOnlyInPersistence() {
        return noClasses().that().resideOutsideOfPackages(base + "..persistence..", base + ".platform.db..", base + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(SQL)
                .as("only platform.db and persistence packages use JDBC (app may name the store types it wires)");
    }

    public ArchRule viewModelsHoldNoNodes() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("DelegationRowItem")
                .or().haveSimpleName("DelegationFormatter")
                .or().haveSimpleName("TaskRunner")
                .or().haveSimpleName("DialogService")
                .should().dependOnClassesThat().resideInAnyPackage(NODES)
                .as("view models (and the row items, formatter, task runner and dialog service they use) hold state "
                        + "with javafx.beans and javafx.collections only: no Node, Stage, FX thread or ControlsFX");
    }

    public ArchRule javaFxOnlyInUiAppAndWorkspace() {
        return noClasses().that(not(ui().or(workspace()).or(resideInAnyPackage(base + ".app.."))))
                .should().dependOnClassesThat().resideInAnyPackage(JAVAFX)
                .as("JavaFX only in ui packages, app and the workspace packages " + WORKSPACE);
    }

    public ArchRule draftUsesOnlyBeansAndCollections() {
        return noClasses().that().resideInAPackage(base + "." + DRAFT + "..")
                .should().dependOnClassesThat(resideInAnyPackage(JAVAFX)
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .as("the working copy uses javafx.beans and javafx.collections only");
    }

    public ArchRule noInlineStyles() {
        return noClasses().that().resideInAPackage(base + "..")
                .should().callMethodWhere(target(name("setStyle")))
                .as("no inline setStyle: styles live in the style sheets");
    }

    /** No cycle between the top-level features ({@code budget}, {@code delegation}, {@code documents} ...). */
    public ArchRule featuresHaveNoCycles() {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .as("top-level features are free of cycles");
    }

    /** No cycle between any two packages, at any depth ({@code delegation.member} and {@code delegation.group} ...). */
    public ArchRule packagesHaveNoCycles() {
        return slices().matching(base + ".(**)").should().beFreeOfCycles().as("packages at every depth are free of cycles");
    }

    /** Classes of a domain package: under the base, in no outer layer and not the workspace UI. */
    public DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("are domain (not in " + OUTER_LAYERS + " or " + WORKSPACE + ")",
                javaClass -> isDomainPackage(javaClass.getPackageName()));
    }

    boolean isDomainPackage(String packageName) {
        if (!packageName.equals(base) && !packageName.startsWith(base + ".")) {
            return false;
        }
        String relative = relative(packageName);
        for (String workspace : WORKSPACE) {
            if (relative.equals(workspace) || relative.startsWith(workspace + ".")) {
                return false;
            }
        }
        return Arrays.stream(relative.split("\\.")).noneMatch(OUTER_LAYERS::contains);
    }

    private DescribedPredicate<JavaClass> ui() {
        return resideInAnyPackage(base + "..ui..");
    }

    private DescribedPredicate<JavaClass> workspace() {
        return resideInAnyPackage(WORKSPACE.stream().map(p -> base + "." + p + "..").toArray(String[]::new));
    }

    private String relative(String packageName) {
        return packageName.length() <= base.length() ? "" : packageName.substring(base.length() + 1);
    }

    private static boolean in(JavaClass target, List<String> packages) {
        return resideInAnyPackage(packages.toArray(String[]::new)).test(target);
    }
}
