package vn.delegationdesk.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetChoice;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetCommands;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetsDialog;
import vn.delegationdesk.abroad.rates.ui.ForeignRateSetsViewModel;
import vn.delegationdesk.abroad.ui.AbroadIds;
import vn.delegationdesk.abroad.ui.AbroadTab;
import vn.delegationdesk.abroad.ui.AbroadViewModel;
import vn.delegationdesk.app.abroad.AbroadPapersWriter;
import vn.delegationdesk.app.abroad.OutboundNoticeTab;
import vn.delegationdesk.app.desk.ConferenceDeskCommand;
import vn.delegationdesk.app.plan.PlanFileCommands;
import vn.delegationdesk.app.samples.OutboundSampleCommand;
import vn.delegationdesk.app.samples.OutboundSampleService;
import vn.delegationdesk.budget.export.EstimateWorkbookWriter;
import vn.delegationdesk.budget.rates.ui.RateSetImportDialog;
import vn.delegationdesk.budget.ui.EstimateExport;
import vn.delegationdesk.budget.ui.EstimateTab;
import vn.delegationdesk.budget.ui.EstimateViewModel;
import vn.delegationdesk.conferencedesk.ui.CheckInDesk;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.approval.ui.ApprovalIds;
import vn.delegationdesk.delegation.approval.ui.ApprovalPage;
import vn.delegationdesk.delegation.approval.ui.ApprovalViewModel;
import vn.delegationdesk.delegation.body.ui.BodyProfilesDialog;
import vn.delegationdesk.delegation.body.ui.BodyProfilesViewModel;
import vn.delegationdesk.delegation.conference.ui.ConferenceEditorPage;
import vn.delegationdesk.delegation.conference.ui.ConferenceEditorViewModel;
import vn.delegationdesk.delegation.conference.ui.ConferenceIds;
import vn.delegationdesk.delegation.draft.DelegationDraft;
import vn.delegationdesk.delegation.editor.DelegationEditorView;
import vn.delegationdesk.delegation.editor.DelegationEditorViewModel;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.delegation.editor.PageTab;
import vn.delegationdesk.delegation.group.ui.GroupIds;
import vn.delegationdesk.delegation.group.ui.GroupsEditorPage;
import vn.delegationdesk.delegation.group.ui.GroupsEditorViewModel;
import vn.delegationdesk.delegation.list.DelegationListViewModel;
import vn.delegationdesk.delegation.list.DueSoonViewModel;
import vn.delegationdesk.delegation.member.ui.MemberIds;
import vn.delegationdesk.delegation.member.ui.MemberWorkbookCommands;
import vn.delegationdesk.delegation.member.ui.MembersEditorViewModel;
import vn.delegationdesk.delegation.member.ui.MembersTab;
import vn.delegationdesk.delegation.overview.ui.OverviewEditorPage;
import vn.delegationdesk.delegation.overview.ui.OverviewEditorViewModel;
import vn.delegationdesk.delegation.overview.ui.OverviewIds;
import vn.delegationdesk.delegation.programme.ui.ProgrammeEditorPage;
import vn.delegationdesk.delegation.programme.ui.ProgrammeEditorViewModel;
import vn.delegationdesk.delegation.programme.ui.ProgrammeIds;
import vn.delegationdesk.delegation.responsibility.ui.ResponsibilitiesEditorPage;
import vn.delegationdesk.delegation.responsibility.ui.ResponsibilitiesEditorViewModel;
import vn.delegationdesk.delegation.responsibility.ui.ResponsibilityIds;
import vn.delegationdesk.delegation.stay.ui.StayEditorPage;
import vn.delegationdesk.delegation.stay.ui.StayEditorViewModel;
import vn.delegationdesk.delegation.stay.ui.StayIds;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.pdf.PdfDocumentWriter;
import vn.delegationdesk.documents.print.PdfPageRasterizer;
import vn.delegationdesk.documents.print.PdfPrinter;
import vn.delegationdesk.documents.print.SystemViewer;
import vn.delegationdesk.documents.settlement.SettlementFormSettings;
import vn.delegationdesk.documents.settlement.SettlementForms;
import vn.delegationdesk.documents.settlement.SettlementSheetService;
import vn.delegationdesk.documents.ui.DocumentsTab;
import vn.delegationdesk.documents.ui.DocumentsViewModel;
import vn.delegationdesk.documents.ui.SettlementFormsDialog;
import vn.delegationdesk.documents.ui.SettlementFormsViewModel;
import vn.delegationdesk.exchange.rates.ForeignRateSetExchange;
import vn.delegationdesk.people.People;
import vn.delegationdesk.people.ui.UserNameDialog;
import vn.delegationdesk.people.ui.UserNameViewModel;
import vn.delegationdesk.plan.Plan;
import vn.delegationdesk.plan.PlanService;
import vn.delegationdesk.plan.ui.PlanLinkViewModel;
import vn.delegationdesk.plan.ui.PlansView;
import vn.delegationdesk.plan.ui.PlansViewModel;
import vn.delegationdesk.plan.ui.common.PlanIds;
import vn.delegationdesk.plan.workbook.ui.PlanWorkbookCommands;
import vn.delegationdesk.plan.workbook.ui.ResultImportDialog;
import vn.delegationdesk.plan.workbook.ui.TableOptionsDialog;
import vn.delegationdesk.plan.workbook.ui.TableOptionsPrompt;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.ui.DialogService;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.platform.ui.TaskRunner;
import vn.delegationdesk.settlement.export.SettlementHeading;
import vn.delegationdesk.settlement.export.SettlementWorkbookWriter;
import vn.delegationdesk.settlement.ui.SettlementExport;
import vn.delegationdesk.settlement.ui.SettlementViewModel;
import vn.delegationdesk.settlement.ui.page.SettlementTab;

/**
 * The delegation workspace as the user gets it: the list, the due-soon list, the editor and its twelve tabs, made
 * once over the open store. The app and the flow tests build it here, so the tests exercise what users get. The
 * tabs are the one list of what the editor shows; each plugs in through the editor's tab contract.
 */
public final class Workspace {
    /** Ids of the plans' commands wired here. */
    public static final String PLAN_FILES = "plan-files";
    public static final String PLAN_SAMPLE = "plan-sample";
    public static final String PLAN_IMPORT = "plan-import";
    /** Ids of "Đọc văn bản có sẵn…" and "Dán văn bản…" in the Dữ liệu menu. */
    public static final String READ_FILE = "read-file";
    /** The "Dữ liệu" menu's "Bàn điểm danh hội nghị…". */
    public static final String CHECK_IN_MENU = "checkin-menu";
    public static final String FOREIGN_RATES_IMPORT = "foreign-rates-import";
    public static final String FOREIGN_RATES_EXPORT = "foreign-rates-export";
    public static final String FOREIGN_RATES_EDIT = "foreign-rates-edit";
    public static final String READ_PASTE = "read-paste";
    /** Id of "Đọc kế hoạch có sẵn…" on what an empty store shows. */
    public static final String READ_FROM_EMPTY = "read-from-empty";
    /** Id of "Bảng kê C17-HD (PDF)…" in the settlement's export menu. */
    public static final String SETTLEMENT_SHEET_PDF = "settlement-export-c17-pdf";
    /** Id of "Bảng kê C17-HD (Excel)…". */
    public static final String SETTLEMENT_SHEET_XLSX = "settlement-export-c17-xlsx";
    /** Id of "Giấy đề nghị thanh toán tạm ứng (PDF)…". */
    public static final String SETTLEMENT_CLAIMS_PDF = "settlement-export-claims-pdf";
    /** What the workspace needs from the machine: writing the estimate workbook, drawing, printing, opening PDFs. */
    public record Devices(EstimateExport estimateExport, DocumentsTab.Devices documents) {
        /** The real ones: POI for the workbook, PDFBox for pages and printing, the system's viewer. */
        public static Devices system() {
            return new Devices(new EstimateWorkbookWriter()::write,
                    new DocumentsTab.Devices(new PdfPageRasterizer(), new PdfPrinter(), new SystemViewer()));
        }
    }

    private final Messages messages;
    private final DelegationListViewModel list;
    private final DelegationEditorViewModel editor;
    private final DueSoonViewModel due;
    private final OverviewEditorViewModel overview;
    private final PlanFileCommands planFiles;
    private final PlanWorkbookCommands planTables;
    /** The window the plans' dialogs open over, once the workspace is shown. */
    private Supplier<Window> owner = () -> null;
    private final MembersTab members;
    private final GroupsEditorViewModel groups;
    private final ProgrammeEditorViewModel programme;
    private final StayEditorViewModel stay;
    private final ConferenceEditorViewModel conferences;
    private final ResponsibilitiesEditorViewModel responsibilities;
    private final EstimateTab estimate;
    private final DocumentsTab documents;
    private final SettlementTab settlement;
    private final AbroadTab abroad;
    private final DialogService dialogs;
    private final BodyProfilesViewModel bodies;
    private final ApprovalViewModel approval;
    private final UserNameViewModel userName;
    private final SettlementFormsViewModel forms;
    private final ForeignRateSetCommands foreignRates;
    private final Supplier<ForeignRateSetsViewModel> foreignRateSets;
    private final PlansViewModel plans;
    private final PlanLinkViewModel planLink;
    private Consumer<Long> openPlan = id -> { };
    private final ReadingCommands reading;
    private final OutboundSampleCommand outboundSample;
    private final ConferenceDeskCommand conferenceDesk;
    private final CheckInDesk checkIn;
    private Runnable showDelegations = () -> { };

    public Workspace(AppServices services, TaskRunner tasks, DialogService dialogs, Supplier<Delegation> sampleFactory,
            Supplier<LocalDate> today, Devices devices) {
        this.messages = services.messages();
        this.dialogs = dialogs;
        list = new DelegationListViewModel(services.delegations(), tasks, dialogs, messages, sampleFactory);
        editor = new DelegationEditorViewModel(services.delegations(), services.bodies(), tasks, dialogs, messages);
        bodies = new BodyProfilesViewModel(services.bodies(), tasks, dialogs, messages);
        due = new DueSoonViewModel(services.delegations(), tasks, messages, today);
        plans = new PlansViewModel(services.plans(), services.bodies(), services.delegations(), tasks, dialogs, messages, today);
        planLink = new PlanLinkViewModel(services.plans(), tasks, messages);
        TableOptionsPrompt periods = (title, offered, proposed, perUnit) -> TableOptionsDialog.prompt(owner.get(), messages)
                .ask(title, offered, proposed, perUnit);
        planFiles = new PlanFileCommands(services.plans(), services.delegations(), StandardDocuments.planDocuments(messages),
                tasks, dialogs, periods, messages, today);
        planTables = new PlanWorkbookCommands(services.plans(), tasks, dialogs, messages, periods,
                preview -> new ResultImportDialog(owner.get(), preview, messages).show(), today);
        planTables.setOnResultsStored(this::showPlanStored);
        PlanService planService = services.plans();
        due.setOthers(day -> PlanDues.of(planService.dueWithin(day, DueSoonViewModel.DAYS), messages), id -> openPlan.accept(id));
        DelegationDraft draft = editor.draft();
        overview = new OverviewEditorViewModel(draft, messages);
        members = new MembersTab(editor, services.roster(), tasks, dialogs, messages);
        groups = new GroupsEditorViewModel(draft, messages);
        programme = new ProgrammeEditorViewModel(draft, messages);
        stay = new StayEditorViewModel(draft, messages, dialogs);
        conferences = new ConferenceEditorViewModel(draft, messages);
        responsibilities = new ResponsibilitiesEditorViewModel(draft, messages);
        estimate = new EstimateTab(draft, services.budget(), tasks, dialogs, messages, devices.estimateExport());
        settlement = new SettlementTab(draft, services.settlement(), services.voucherFiles(), tasks, dialogs, messages,
                ZoneId.systemDefault());
        addSettlementExports(services);
        abroad = new AbroadTab(draft, services.abroad(), new AbroadPapersWriter(id -> services.documents().settings(id)), tasks,
                dialogs, messages);
        documents = new DocumentsTab(draft, estimate.model().estimateProperty(), services.documents(), devices.documents(), tasks,
                dialogs, messages);
        approval = new ApprovalViewModel(services.approvals(), services.delegations(), editor, tasks, dialogs, messages,
                ZoneId.systemDefault());
        approval.setOnMoved(list::reloadAndSelect);
        userName = new UserNameViewModel(new People(services.settings(), services.user(), services.login()), tasks, dialogs, messages);
        userName.setOnRenamed(approval::refreshUser);
        forms = new SettlementFormsViewModel(services.settings(), messages);
        foreignRates = new ForeignRateSetCommands(services.abroad(), new ForeignRateSetExchange(), dialogs, messages);
        foreignRateSets = () -> new ForeignRateSetsViewModel(services.abroad(), tasks, dialogs, messages);
        checkIn = new CheckInDesk(services.conferenceDesk(), tasks, dialogs, messages, ZoneId.systemDefault());
        conferenceDesk = new ConferenceDeskCommand(services.conferenceDesk(), id -> services.documents().settings(id), messages,
                tasks, dialogs, () -> editor.draft().baselineProperty().get(), () -> owner.get(), checkIn);
        conferences.setDeskLink(conferenceDesk);
        outboundSample = new OutboundSampleCommand(new OutboundSampleService(services.delegations(), services.abroad()), tasks,
                dialogs, messages);
        reading = new ReadingCommands(services, tasks, dialogs, messages, () -> owner.get(), id -> {
            plans.reloadAndSelect(id);
            openPlan.accept(id);
        }, id -> {
            showDelegations.run();
            list.reloadAndSelect(id);
        });
    }

    /** {@code tab} with a bar, while the delegation goes abroad, saying what "Đi nước ngoài" holds instead. */
    private EditorTab outboundNotice(DelegationEditorView view, EditorTab tab, String noticeKey) {
        return new OutboundNoticeTab(tab, abroad.model().outboundProperty(), messages.get(noticeKey),
                messages.get("ui.abroad.notice.open"), () -> view.selectTab(AbroadIds.TAB));
    }

    /** Shows the workspace in {@code window}: the list and due list above, the editor with every tab below. */
    public DelegationEditorView attach(MainWindow window) {
        DelegationEditorView view = window.attach(list, editor, due);
        attachPlans(window, view);
        view.addTab(new PageTab(OverviewIds.TAB_OVERVIEW, messages.get("ui.detail.tab.overview"),
                () -> new OverviewEditorPage(overview, messages).node()));
        view.addTab(members);
        view.addTab(new PageTab(GroupIds.TAB_GROUPS, messages.get("ui.editor.tab.groups"),
                () -> new GroupsEditorPage(groups, messages).node()));
        view.addTab(new PageTab(ProgrammeIds.TAB_PROGRAMME, messages.get("ui.detail.tab.programme"),
                () -> new ProgrammeEditorPage(programme, messages).node()));
        view.addTab(new PageTab(StayIds.TAB_STAY, messages.get("ui.editor.tab.stay"), () -> new StayEditorPage(stay, messages).node()));
        view.addTab(new PageTab(ConferenceIds.TAB_CONFERENCES, messages.get("ui.detail.tab.conferences"),
                () -> new ConferenceEditorPage(conferences, messages, dialogs).node()));
        view.addTab(new PageTab(ResponsibilityIds.TAB_RESPONSIBILITIES, messages.get("ui.detail.tab.responsibilities"),
                () -> new ResponsibilitiesEditorPage(responsibilities, messages).node()));
        view.addTab(outboundNotice(view, estimate, "ui.abroad.notice.estimate"));
        view.addTab(outboundNotice(view, settlement, "ui.abroad.notice.settlement"));
        view.addTab(outboundNotice(view, documents, "ui.abroad.notice.documents"));
        view.addTab(new PageTab(ApprovalIds.TAB, messages.get("ui.approval.tab"), () -> new ApprovalPage(approval, messages).node()));
        // Last, so that the headers before it keep their place in a window 1280 wide; past the width it is in the tab list.
        view.addTab(abroad);
        view.routeProblems(Workspace::tabOf);
        Runnable manageBodies = () -> BodyProfilesDialog.show(view.getScene() == null ? null : view.getScene().getWindow(), bodies,
                messages, () -> editor.draft().baselineProperty().get());
        view.manageBodiesWith(manageBodies);
        window.addDataItem(MainWindow.DATA_BODIES, messages.get("ui.bodies.menu"), manageBodies);
        window.addDataItem(READ_FILE, messages.get("reading.menu.file"), reading::readFile);
        window.addDataItemToGroup(READ_PASTE, messages.get("reading.menu.paste"), reading::pasteText);
        window.addEmptyStoreAction(READ_FROM_EMPTY, messages.get("reading.empty.button"), messages.get("reading.empty.accessible"),
                reading::readFile);
        Runnable createOutboundSample = () -> outboundSample.create(id -> {
            showDelegations.run();
            list.reloadAndSelect(id);
        });
        window.addDataItem(OutboundSampleCommand.MENU_ITEM, messages.get("ui.outboundSample.menu"), createOutboundSample);
        window.addEmptyStoreAction(OutboundSampleCommand.EMPTY_STORE_ACTION, messages.get("ui.outboundSample.menu"),
                messages.get("ui.outboundSample.accessible"), createOutboundSample);
        window.addDataItem(UserNameDialog.MENU_ITEM, messages.get("ui.people.name.menu"),
                () -> UserNameDialog.show(view.getScene() == null ? null : view.getScene().getWindow(), userName, messages));
        window.addDataItem(FOREIGN_RATES_IMPORT, messages.get("abroad.rateSets.menu.import"), () -> foreignRates.importFile(preview -> {
            RateSetImportDialog dialog = new RateSetImportDialog(owner.get(), preview, messages);
            dialog.showAndWait();
            return dialog.confirmed();
        }));
        window.addDataItemToGroup(FOREIGN_RATES_EXPORT, messages.get("abroad.rateSets.menu.export"),
                () -> foreignRates.exportFile(sets -> ForeignRateSetChoice.ask(owner.get(), sets, messages)));
        window.addDataItemToGroup(FOREIGN_RATES_EDIT, messages.get("abroad.rateSets.editor.menu"), () -> {
            ForeignRateSetsViewModel rateSets = foreignRateSets.get();
            rateSets.load();
            new ForeignRateSetsDialog(owner.get(), rateSets, messages).showAndWait();
        });
        window.addDataItem(SettlementFormsDialog.MENU_ITEM, messages.get("ui.settlement.forms.menu"),
                () -> SettlementFormsDialog.show(view.getScene() == null ? null : view.getScene().getWindow(), forms, messages));
        window.addDataItem(ConferenceDeskCommand.MENU_ITEM, messages.get("ui.delegates.menu"),
                () -> conferenceDesk.open(view.getScene() == null ? null : view.getScene().getWindow()));
        window.addDataItem(CHECK_IN_MENU, messages.get("conferencedesk.checkin.menu"),
                () -> checkIn.open(view.getScene() == null ? null : view.getScene().getWindow(), editor.draft().baselineProperty().get()));
        return view;
    }

    /**
     * The plans area beside the delegations, the plans' tasks and report deadlines in the due list (opening one goes to its
     * plan), and the open delegation's "Thuộc nhiệm vụ …" line in the editor's header.
     */
    private void attachPlans(MainWindow window, DelegationEditorView view) {
        owner = () -> view.getScene() == null ? null : view.getScene().getWindow();
        PlansView plansView = new PlansView(plans, messages);
        window.attachPlans(plansView, plans.loadedProperty(), Bindings.createStringBinding(
                () -> messages.get("ui.plan.status.count", plans.rows().size()), plans.rows()));
        plansView.editor().addHeaderAction(planFilesMenu());
        Button sample = new Button(messages.get("ui.plan.files.sample"));
        sample.setId(PLAN_SAMPLE);
        sample.setAccessibleText(messages.get("ui.plan.files.sample.accessible"));
        sample.setTooltip(new Tooltip(messages.get("ui.plan.files.sample.accessible")));
        sample.setOnAction(event -> plans.editor().leave(() -> planFiles.createSample(this::showPlanStored), () -> { }));
        sample.disableProperty().bind(plans.createUnavailableProperty().isNotEmpty());
        plansView.addListAction(sample);
        Button importPackage = new Button(messages.get("ui.plan.files.import"));
        importPackage.setId(PLAN_IMPORT);
        importPackage.setAccessibleText(messages.get("ui.plan.files.import.accessible"));
        importPackage.setTooltip(new Tooltip(messages.get("ui.plan.files.import.accessible")));
        importPackage.setOnAction(event -> plans.editor().leave(() -> planFiles.importPackage(this::showPlanStored), () -> { }));
        importPackage.disableProperty().bind(plans.createUnavailableProperty().isNotEmpty());
        plansView.addListAction(importPackage);
        showDelegations = () -> window.showPlans(false);
        openPlan = id -> {
            window.showPlans(true);
            plans.goTo(id);
        };
        plans.setAfterStore(() -> {
            due.reload();
            planLink.show(openedId());
        });
        Label link = new Label();
        link.setId(PlanIds.DELEGATION_LINK);
        link.getStyleClass().add(Styles.PLAN_LINK);
        link.textProperty().bind(planLink.textProperty());
        link.visibleProperty().bind(planLink.textProperty().isNotEmpty());
        link.managedProperty().bind(link.visibleProperty());
        link.setMaxWidth(Double.MAX_VALUE);
        view.addHeaderLine(link);
        list.openedDelegationProperty().addListener((observable, old, opened) -> planLink.show(openedId()));
        planLink.show(openedId());
        plans.load();
    }

    private Long openedId() {
        Delegation opened = list.openedDelegationProperty().get();
        return opened == null ? null : opened.id();
    }

    /**
     * The settlement's export menu: the Bảng kê C17-HD as PDF and as an Excel workbook with live formulas, and the Giấy đề
     * nghị thanh toán tạm ứng, each with the body's document settings and the forms' names kept with the data
     * ("Mẫu biểu thanh toán…"), under a file name for people ("Bang-ke-C17-HD_Dak-Lak-Lam-Dong_10-2025.pdf").
     */
    private void addSettlementExports(AppServices services) {
        SettlementSheetService sheets = new SettlementSheetService(PdfDocumentWriter::new);
        SettlementWorkbookWriter workbook = new SettlementWorkbookWriter(messages);
        settlement.model().addExport(new SettlementExport.Choice(SETTLEMENT_SHEET_PDF, messages.get("ui.settlement.export.sheet"),
                review -> SettlementSheetService.fileName(review.delegation()),
                messages.get("ui.settlement.export.sheet.filter"), "pdf",
                (review, file) -> sheets.write(review.delegation(), services.documents().settings(review.delegation().id()),
                        SettlementForms.load(services.settings()).sheet(), review.settlement(), review.sheet(), file)));
        settlement.model().addExport(new SettlementExport.Choice(SETTLEMENT_SHEET_XLSX,
                messages.get("ui.settlement.export.workbook"),
                review -> SettlementWorkbookWriter.fileName(review.delegation()),
                messages.get("ui.settlement.export.workbook.filter"), "xlsx", (review, file) -> {
                    DocumentSettings settings = services.documents().settings(review.delegation().id());
                    SettlementFormSettings form = SettlementForms.load(services.settings()).sheet();
                    workbook.write(review, new SettlementHeading(settings.budgetUnitCode(), settings.travelOrderDepartment(),
                            form.formCode(), form.formBasis()), file);
                }));
        settlement.model().addExport(new SettlementExport.Choice(SETTLEMENT_CLAIMS_PDF, messages.get("ui.settlement.export.claims"),
                review -> SettlementSheetService.advanceClaimsFileName(review.delegation()),
                messages.get("ui.settlement.export.sheet.filter"), "pdf",
                (review, file) -> sheets.writeAdvanceClaims(review.delegation(),
                        services.documents().settings(review.delegation().id()), SettlementForms.load(services.settings()).claim(),
                        review.settlement(), review.sheet(), file)));
    }

    /** The tab that shows a part of the plan named by a problem; the overview holds the plan's own facts and legs. */
    static String tabOf(String area) {
        return switch (area) {
            case "members" -> MemberIds.TAB_MEMBERS;
            case "groups" -> GroupIds.TAB_GROUPS;
            case "programme" -> ProgrammeIds.TAB_PROGRAMME;
            case "nights" -> StayIds.TAB_STAY;
            case "conferences" -> ConferenceIds.TAB_CONFERENCES;
            case "responsibilities" -> ResponsibilityIds.TAB_RESPONSIBILITIES;
            default -> OverviewIds.TAB_OVERVIEW;
        };
    }

    public DelegationListViewModel list() {
        return list;
    }

    public DelegationEditorViewModel editor() {
        return editor;
    }

    /** The kept issuing bodies and their signers. */
    public BodyProfilesViewModel bodies() {
        return bodies;
    }

    /** The plans area: the list, the editor, progress and calendar. */
    public PlansViewModel plans() {
        return plans;
    }

    /** The open delegation's "Thuộc nhiệm vụ …" line. */
    public PlanLinkViewModel planLink() {
        return planLink;
    }

    public DueSoonViewModel due() {
        return due;
    }

    public OverviewEditorViewModel overview() {
        return overview;
    }

    public MembersEditorViewModel members() {
        return members.model();
    }

    public MemberWorkbookCommands memberWorkbook() {
        return members.workbook();
    }

    public GroupsEditorViewModel groups() {
        return groups;
    }

    public ProgrammeEditorViewModel programme() {
        return programme;
    }

    public StayEditorViewModel stay() {
        return stay;
    }

    public ConferenceEditorViewModel conferences() {
        return conferences;
    }

    public ResponsibilitiesEditorViewModel responsibilities() {
        return responsibilities;
    }

    public EstimateViewModel estimate() {
        return estimate.model();
    }

    /** The settlement after the trip; its export menu takes more items through {@link SettlementViewModel#addExport}. */
    public SettlementViewModel settlement() {
        return settlement.model();
    }

    /** "Đi nước ngoài": the outbound plan of the open delegation, saved with its own button. */
    public AbroadViewModel abroad() {
        return abroad.model();
    }

    public DocumentsViewModel documents() {
        return documents.model();
    }

    /**
     * "Văn bản, bảng ▾" over the chosen plan: its PDF, its report for a period, the task table for the units and their
     * results back, the plan as a package file. Unsaved changes are asked about first, so that what is printed or exported
     * is the stored plan.
     */
    private MenuButton planFilesMenu() {
        MenuItem planPdf = new MenuItem(messages.get("ui.plan.files.plan"));
        planPdf.setOnAction(event -> withStoredPlan(planFiles::savePlan));
        MenuItem report = new MenuItem(messages.get("ui.plan.files.report"));
        report.setOnAction(event -> withStoredPlan(planFiles::saveReport));
        MenuItem export = new MenuItem(planTables.exportCommandText());
        export.setOnAction(event -> withStoredPlan(planTables::exportTable));
        MenuItem results = new MenuItem(planTables.importCommandText());
        results.setOnAction(event -> withStoredPlan(planTables::importResults));
        MenuItem savePackage = new MenuItem(messages.get("ui.plan.files.package"));
        savePackage.setOnAction(event -> withStoredPlan(planFiles::savePackage));
        MenuButton menu = new MenuButton(messages.get("ui.plan.files.menu"));
        menu.setId(PLAN_FILES);
        menu.setAccessibleText(messages.get("ui.plan.files.menu.accessible"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.getItems().setAll(planPdf, report, new SeparatorMenuItem(), export, results, new SeparatorMenuItem(),
                savePackage);
        menu.disableProperty().bind(plans.editor().presentProperty().not());
        return menu;
    }

    /** The list again with plan {@code id} chosen and opened as stored (after the sample, an imported package or results). */
    private void showPlanStored(long id) {
        plans.reloadAndSelect(id);
        plans.openPlan(id);
    }

    private void withStoredPlan(LongConsumer action) {
        plans.editor().leave(() -> plans.opened().map(Plan::id).ifPresent(action::accept), () -> { });
    }

    /** What the plans' commands last said ("Đã lưu …"), for the window's status line and the tests. */
    public ReadOnlyStringProperty planFilesStatus() {
        return planFiles.statusProperty();
    }

    /** The name this laptop's user works under (Dữ liệu › Tên người dùng…). */
    public UserNameViewModel userName() {
        return userName;
    }

    /** Reading a document in: the file and paste commands and the review window (for the flow tests). */
    ReadingCommands reading() {
        return reading;
    }

    /** The approval trail and audit list of the open delegation. */
    public ApprovalViewModel approval() {
        return approval;
    }
}
