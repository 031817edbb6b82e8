package vn.delegationdesk.settlement.ui.page;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.platform.i18n.VietnameseDates;
import vn.delegationdesk.platform.i18n.VietnameseNumbers;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;
import vn.delegationdesk.settlement.ui.AdvancesEditor;
import vn.delegationdesk.settlement.ui.SettlementRows.AdvanceRow;
import vn.delegationdesk.settlement.ui.SettlementRows.Choice;
import vn.delegationdesk.settlement.ui.SettlementViewModel;


/** "Tạm ứng": the advances with a form for the selected one. */
final class AdvancesSection {
    private final SettlementViewModel model;
    private final Messages messages;
    private final SectionParts parts;
    private final AdvancesEditor editor;

    AdvancesSection(SectionParts parts) {
        this.model = parts.model();
        this.messages = parts.messages();
        this.parts = parts;
        this.editor = parts.model().advanceEditor();
    }

    Region advances() {
        TableView<AdvanceRow> table = parts.table(SettlementIds.ADVANCES, model.advances(), "ui.settlement.section.advances");
        table.getColumns().setAll(List.of(parts.column("ui.settlement.col.recipient", AdvanceRow::recipient, 220, false),
                parts.column("ui.settlement.col.date", AdvanceRow::date, 100, false),
                parts.column("ui.settlement.col.voucher", AdvanceRow::voucher, 130, false),
                parts.column("ui.settlement.col.amount", AdvanceRow::amount, 130, true)));
        SectionParts.syncIndex(table, editor.selectedAdvanceProperty());
        IntegerProperty at = editor.selectedAdvanceProperty();
        ComboBox<Choice> recipient = parts.choice(SettlementIds.ADVANCE_MEMBER, "ui.settlement.col.recipient", model.recipientChoices(),
                () -> editor.advance(at.get()).map(a -> a.memberId()).orElse(null), id -> editor.setAdvanceRecipient(at.get(), id));
        TextField date = parts.field(SettlementIds.ADVANCE_DATE, "ui.settlement.col.date",
                () -> editor.advance(at.get()).map(a -> VietnameseDates.format(a.date())).orElse(null),
                typed -> editor.setAdvanceDate(at.get(), typed));
        TextField voucher = parts.field(SettlementIds.ADVANCE_VOUCHER, "ui.settlement.col.voucher",
                () -> editor.advance(at.get()).map(a -> a.voucherNumber()).orElse(null), typed -> {
                    editor.setAdvanceVoucher(at.get(), typed);
                    return null;
                });
        TextField amount = parts.field(SettlementIds.ADVANCE_AMOUNT, "ui.settlement.col.amount",
                () -> editor.advance(at.get()).map(a -> VietnameseNumbers.format(a.amount())).orElse(null),
                typed -> editor.setAdvanceAmount(at.get(), typed));
        GridPane form = Forms.grid(1);
        Forms.row(form, 0, 0, messages.get("ui.settlement.col.recipient"), recipient, 1);
        Forms.row(form, 0, 1, messages.get("ui.settlement.col.date"), date, 1);
        Forms.row(form, 0, 2, messages.get("ui.settlement.col.voucher"), voucher, 1);
        Forms.row(form, 0, 3, messages.get("ui.settlement.col.amount"), amount, 1);
        HBox buttons = Nodes.hbox(Styles.BUTTON_ROW,
                parts.editButton(SettlementIds.ADVANCE_ADD, "ui.settlement.add", "ui.settlement.advance.add.accessible",
                        editor::addAdvance),
                parts.editButton(SettlementIds.ADVANCE_REMOVE, "ui.settlement.remove", "ui.settlement.advance.remove.accessible",
                        () -> editor.removeAdvance(at.get())));
        return SectionParts.split(table, new VBox(buttons, form), 0.6);
    }
}
