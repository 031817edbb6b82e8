package vn.delegationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

class PasswordRulesTest {
    private final Messages messages = new Messages();

    @Test
    void aNewPasswordIsLongEnoughAndTypedTheSameTwice() {
        assertThat(PasswordRules.problem(new char[0], new char[0]).map(messages::get)).contains("Hãy nhập mật khẩu.");
        assertThat(PasswordRules.problem("ngắn".toCharArray(), "ngắn".toCharArray()).map(messages::get))
                .contains("Mật khẩu cần ít nhất 8 ký tự.");
        assertThat(PasswordRules.problem("mật khẩu dài".toCharArray(), "mật khẩu dai".toCharArray()).map(messages::get))
                .contains("Hai lần nhập mật khẩu không giống nhau.");
        assertThat(PasswordRules.problem("mật khẩu dài".toCharArray(), "mật khẩu dài".toCharArray())).isEmpty();
    }
}
