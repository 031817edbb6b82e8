package vn.delegationdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.delegationdesk.architecture.ArchitectureRules.DOMAIN_NEVER_DEPENDS_ON_UI;
import static vn.delegationdesk.architecture.ArchitectureRules.DOMAIN_USES_NO_FRAMEWORK;
import static vn.delegationdesk.architecture.ArchitectureRules.DRAFT_USES_ONLY_BEANS_AND_COLLECTIONS;
import static vn.delegationdesk.architecture.ArchitectureRules.FEATURES_HAVE_NO_CYCLES;
import static vn.delegationdesk.architecture.ArchitectureRules.JAVAFX_ONLY_IN_UI_APP_AND_WORKSPACE;
import static vn.delegationdesk.architecture.ArchitectureRules.NO_INLINE_STYLES;
import static vn.delegationdesk.architecture.ArchitectureRules.PACKAGES_HAVE_NO_CYCLES;
import static vn.delegationdesk.architecture.ArchitectureRules.SQL_ONLY_IN_PERSISTENCE;
import static vn.delegationdesk.architecture.ArchitectureRules.UI_NEVER_TOUCHES_PERSISTENCE;
import static vn.delegationdesk.architecture.ArchitectureRules.VIEW_MODELS_HOLD_NO_NODES;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.architecture.fixtures.a.sub1.First;
import vn.delegationdesk.architecture.fixtures.a.sub2.Second;
import vn.delegationdesk.architecture.fixtures.budget.JacksonInDomain;
import vn.delegationdesk.architecture.fixtures.budget.PoiInDomain;
import vn.delegationdesk.architecture.fixtures.budget.UsesOwnUi;
import vn.delegationdesk.architecture.fixtures.budget.persistence.JdbcBudgetStore;
import vn.delegationdesk.architecture.fixtures.budget.ui.InlineStyledPage;
import vn.delegationdesk.architecture.fixtures.budget.ui.NodeHoldingViewModel;
import vn.delegationdesk.architecture.fixtures.budget.ui.RepositoryInUi;
import vn.delegationdesk.architecture.fixtures.budget.ui.SqlInUi;
import vn.delegationdesk.architecture.fixtures.delegation.draft.NodeInDraft;
import vn.delegationdesk.architecture.fixtures.delegation.draft.PropertyDraft;
import vn.delegationdesk.architecture.fixtures.delegation.member.roster.JsonInRoster;
import vn.delegationdesk.architecture.fixtures.delegation.member.roster.WorkbookSheet;
import vn.delegationdesk.architecture.fixtures.delegation.member.roster.preview.PoiInRosterSubPackage;
import vn.delegationdesk.architecture.fixtures.documents.UsesOtherFeatureUi;
import vn.delegationdesk.architecture.fixtures.documents.pdf.FxInWriter;
import vn.delegationdesk.architecture.fixtures.documents.pdf.SqlInWriter;
import vn.delegationdesk.architecture.fixtures.exchange.JsonPackageCodec;
import vn.delegationdesk.architecture.fixtures.hotel.rooms.RoomList;
import vn.delegationdesk.architecture.fixtures.travel.TravelPlan;
import vn.delegationdesk.architecture.fixtures.visa.LoggingInNewFeature;

/**
 * Each rule of {@link ArchitectureRules}, built for the fixtures package, fails and names the fixture classes that
 * break it, and only those: the classes that use a library legitimately are not named.
 */
class ArchitectureRulesCanFailTest {
    private static final String FIXTURES = "vn.delegationdesk.architecture.fixtures";
    private static final ArchitectureRules RULES = ArchitectureRules.forBase(FIXTURES);
    private static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void everyRuleIsProvenByATestOfItsName() {
        Set<String> tests = Arrays.stream(getClass().getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class))
                .map(Method::getName).collect(Collectors.toSet());

        assertThat(tests).containsAll(RULES.all().keySet());
    }

    @Test
    void domainUsesNoFramework() {
        assertFails(DOMAIN_USES_NO_FRAMEWORK,
                List.of(PoiInDomain.class, JacksonInDomain.class, LoggingInNewFeature.class, JsonInRoster.class,
                        PoiInRosterSubPackage.class),
                List.of(JsonPackageCodec.class, WorkbookSheet.class, JdbcBudgetStore.class, SqlInWriter.class,
                        FxInWriter.class, NodeHoldingViewModel.class, PropertyDraft.class, NodeInDraft.class));
    }

    @Test
    void domainNeverDependsOnUi() {
        assertFails(DOMAIN_NEVER_DEPENDS_ON_UI, List.of(UsesOwnUi.class, UsesOtherFeatureUi.class),
                List.of(PoiInDomain.class, First.class));
    }

    @Test
    void uiNeverTouchesPersistence() {
        assertFails(UI_NEVER_TOUCHES_PERSISTENCE, List.of(SqlInUi.class, RepositoryInUi.class),
                List.of(NodeHoldingViewModel.class, InlineStyledPage.class, PropertyDraft.class));
    }

    @Test
    void sqlOnlyInPersistence() {
        assertFails(SQL_ONLY_IN_PERSISTENCE, List.of(SqlInWriter.class, SqlInUi.class),
                List.of(JdbcBudgetStore.class, RepositoryInUi.class));
    }

    @Test
    void viewModelsHoldNoNodes() {
        assertFails(VIEW_MODELS_HOLD_NO_NODES, List.of(NodeHoldingViewModel.class),
                List.of(InlineStyledPage.class, NodeInDraft.class));
    }

    @Test
    void javaFxOnlyInUiAppAndWorkspace() {
        assertFails(JAVAFX_ONLY_IN_UI_APP_AND_WORKSPACE, List.of(FxInWriter.class),
                List.of(NodeHoldingViewModel.class, InlineStyledPage.class, PropertyDraft.class, NodeInDraft.class));
    }

    @Test
    void draftUsesOnlyBeansAndCollections() {
        assertFails(DRAFT_USES_ONLY_BEANS_AND_COLLECTIONS, List.of(NodeInDraft.class), List.of(PropertyDraft.class));
    }

    @Test
    void noInlineStyles() {
        assertFails(NO_INLINE_STYLES, List.of(InlineStyledPage.class), List.of(NodeHoldingViewModel.class));
    }

    @Test
    void featuresHaveNoCycles() {
        assertFails(FEATURES_HAVE_NO_CYCLES, List.of(RoomList.class, TravelPlan.class), List.of(First.class, Second.class));
    }

    @Test
    void packagesHaveNoCycles() {
        assertFails(PACKAGES_HAVE_NO_CYCLES, List.of(First.class, Second.class), List.of(RoomList.class));
    }

    /** The rule fails on the fixtures, its report names every offender and none of the innocent classes. */
    private static void assertFails(String rule, List<Class<?>> offenders, List<Class<?>> innocent) {
        Throwable failure = catchThrowable(() -> RULES.all().get(rule).check(fixtures));

        assertThat(failure).as(rule).isInstanceOf(AssertionError.class);
        for (Class<?> offender : offenders) {
            assertThat(failure.getMessage()).as("%s names %s", rule, offender.getSimpleName()).contains("<" + offender.getName());
        }
        for (Class<?> bystander : innocent) {
            assertThat(failure.getMessage()).as("%s leaves %s alone", rule, bystander.getSimpleName())
                    .doesNotContain(bystander.getName());
        }
    }
}
