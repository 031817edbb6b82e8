package vn.delegationdesk.documents.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.member.Member;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentFormat;
import vn.delegationdesk.documents.DocumentKind;
import vn.delegationdesk.platform.i18n.Messages;

/**
 * Which documents the "Văn bản" tab is about: the seven documents with their ticks for saving several, the one shown
 * (the preview, "Mở bằng ứng dụng khác" and "In…" take it), and whose travel orders ("Tất cả thành viên" or one member
 * of the plan). The preview and the commands read what is chosen here.
 */
public final class DocumentChoices {
    private final Messages messages;
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<DocumentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<DocumentKind> selected = new SimpleObjectProperty<>(this, "selected", DocumentKind.PLAN);
    private final ObservableList<MemberChoice> memberChoices = FXCollections.observableArrayList();
    /** Read-only view kept in a field: a wrapper made per call would be collected with its listeners. */
    private final ObservableList<MemberChoice> memberChoicesView = FXCollections.unmodifiableObservableList(memberChoices);
    private final ObjectProperty<MemberChoice> memberChoice = new SimpleObjectProperty<>(this, "memberChoice");

    DocumentChoices(Messages messages) {
        this.messages = messages;
        for (DocumentKind kind : DocumentKind.values()) {
            rows.add(new DocumentRow(kind, name(kind)));
        }
    }

    /** The seven documents, in the order of the pack, each with its tick for saving several. */
    public ObservableList<DocumentRow> rows() {
        return rowsView;
    }

    /** The document the preview shows and "Mở bằng ứng dụng khác" and "In…" take. */
    public ObjectProperty<DocumentKind> selectedProperty() {
        return selected;
    }

    /** "Tất cả thành viên" and every member of the plan. */
    public ObservableList<MemberChoice> memberChoices() {
        return memberChoicesView;
    }

    public ObjectProperty<MemberChoice> memberChoiceProperty() {
        return memberChoice;
    }

    /** The Vietnamese name of a document ("Kế hoạch"). */
    String name(DocumentKind kind) {
        return messages.get("documents.kind." + kind.name());
    }

    /** Whose travel orders: the chosen member's id, or null for every member. */
    String memberId() {
        MemberChoice choice = memberChoice.get();
        return choice == null ? null : choice.memberId();
    }

    /** The document shown, as the PDF the preview, "Mở bằng ứng dụng khác" and "In…" make. */
    DocumentFile shownPdf() {
        return DocumentFile.of(selected.get(), DocumentFormat.PDF).orElseThrow();
    }

    /** The files of {@code format} for the ticked documents, or for the one shown when none is ticked. */
    List<DocumentFile> files(DocumentFormat format) {
        List<DocumentKind> kinds = rows.stream().filter(DocumentRow::isChosen).map(DocumentRow::kind).toList();
        if (kinds.isEmpty()) {
            kinds = List.of(selected.get());
        }
        List<DocumentFile> files = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            DocumentFile.of(kind, format).ifPresent(files::add);
        }
        return files;
    }

    /** The members of {@code delegation} (null: none open) as choices; the member chosen stays chosen while in the plan. */
    void showMembers(Delegation delegation) {
        List<MemberChoice> next = new ArrayList<>();
        next.add(new MemberChoice(null, messages.get("ui.documents.member.all")));
        if (delegation != null) {
            for (Member m : delegation.members()) {
                String label = m.position().isEmpty() ? m.fullName()
                        : messages.get("ui.documents.member.label", m.fullName(), m.position());
                next.add(new MemberChoice(m.id(), label));
            }
        }
        String kept = memberId();
        if (!next.equals(memberChoices)) {
            memberChoices.setAll(next);
        }
        memberChoice.set(next.stream().filter(c -> Objects.equals(c.memberId(), kept)).findFirst().orElse(next.get(0)));
    }
}
