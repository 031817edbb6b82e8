package vn.delegationdesk.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.db.ServerAddress;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.InMemorySettingsRepository;

/** The connection's fields without a screen: what is wrong, and what is remembered (never a password). */
class ServerConnectionFormTest {
    private final Messages messages = new Messages();

    @Test
    void eachWrongFieldIsNamed() {
        ServerConnectionForm form = new ServerConnectionForm();
        form.hostProperty().set("db.so-vhttdl.local");
        form.portProperty().set("0");
        form.databaseProperty().set("đoàn công tác");
        form.userProperty().set("  ");

        assertThat(form.problems(messages)).containsExactly(
                "Cổng: \"0\" không phải số từ 1 đến 65535 (thường là 5432).",
                "Cơ sở dữ liệu: \"đoàn công tác\" chỉ được gồm chữ cái không dấu, chữ số, \"_\", \".\" và \"-\".",
                "Người dùng: hãy nhập tên người dùng trên máy chủ.");
        assertThat(form.address()).isEmpty();

        form.portProperty().set(" 65535 ");
        form.databaseProperty().set("delegation_desk");
        form.userProperty().set("ke_toan");
        assertThat(form.problems(messages)).isEmpty();
        assertThat(form.address()).contains(new ServerAddress("db.so-vhttdl.local", 65535, "delegation_desk", "ke_toan"));
        assertThat(form.address().orElseThrow().describe()).isEqualTo("postgresql://db.so-vhttdl.local:65535/delegation_desk");
    }

    @Test
    void theConnectionIsRememberedWithoutThePassword() {
        InMemorySettingsRepository settings = new InMemorySettingsRepository();
        ServerConnectionForm.remember(settings, new ServerAddress("10.0.0.5", 5432, "dd", "van_thu"));

        ServerConnectionForm form = new ServerConnectionForm();
        form.recall(settings);

        assertThat(form.hostProperty().get()).isEqualTo("10.0.0.5");
        assertThat(form.portProperty().get()).isEqualTo("5432");
        assertThat(form.databaseProperty().get()).isEqualTo("dd");
        assertThat(form.userProperty().get()).isEqualTo("van_thu");
        assertThat(settings.snapshot()).containsOnly(java.util.Map.entry("server.connection", "10.0.0.5\n5432\ndd\nvan_thu"));
    }
}
