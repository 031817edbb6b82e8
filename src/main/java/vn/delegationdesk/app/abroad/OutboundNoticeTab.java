package vn.delegationdesk.app.abroad;

import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.delegationdesk.delegation.editor.EditorPart;
import vn.delegationdesk.delegation.editor.EditorTab;
import vn.delegationdesk.platform.ui.Forms;
import vn.delegationdesk.platform.ui.Nodes;
import vn.delegationdesk.platform.ui.Styles;

/**
 * A domestic tab ("Dự toán kinh phí", "Văn bản") with a bar on top while the delegation goes abroad: its figures and papers
 * follow the domestic rules, so the bar says where the trip's own are ("Đi nước ngoài") and opens that tab. Everything
 * else is the wrapped tab's.
 */
public final class OutboundNoticeTab implements EditorTab {
    private final EditorTab inner;
    private final ObservableBooleanValue outbound;
    private final String notice;
    private final String openLabel;
    private final Runnable openAbroad;

    /** {@code notice}: what the bar says; {@code openLabel}: its button, which runs {@code openAbroad}. */
    public OutboundNoticeTab(EditorTab inner, ObservableBooleanValue outbound, String notice, String openLabel, Runnable openAbroad) {
        this.inner = inner;
        this.outbound = outbound;
        this.notice = notice;
        this.openLabel = openLabel;
        this.openAbroad = openAbroad;
    }

    @Override
    public String id() {
        return inner.id();
    }

    @Override
    public String title() {
        return inner.title();
    }

    @Override
    public Node createPage() {
        Node page = inner.createPage();
        Label text = Nodes.wrapping(notice, Styles.NOTICE);
        text.setId(inner.id() + "-outbound-notice");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button(openLabel);
        open.setId(inner.id() + "-outbound-open");
        open.setOnAction(event -> openAbroad.run());
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, text, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.WARNING_BAR);
        Forms.showWhen(bar, outbound);
        VBox.setVgrow(page, Priority.ALWAYS);
        return new VBox(bar, page);
    }

    @Override
    public Optional<EditorPart> part() {
        return inner.part();
    }

    @Override
    public Optional<ObservableBooleanValue> work() {
        return inner.work();
    }

    @Override
    public void setShowing(boolean showing) {
        inner.setShowing(showing);
    }
}
