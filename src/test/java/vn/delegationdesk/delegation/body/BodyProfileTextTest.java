package vn.delegationdesk.delegation.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.LegalBasis;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.InMemoryBodyProfileRepository;

/** The text policy on body profiles: each refusal names the field as the dialog labels it, and nothing is kept. */
class BodyProfileTextTest {
    private final InMemoryBodyProfileRepository repository = new InMemoryBodyProfileRepository();
    private final BodyProfiles bodies = new BodyProfiles(repository);
    private final Messages messages = new Messages();

    @Test
    void tooLongControlAndOverrideAreRefusedNamingTheFieldAndTheSigner() {
        BodyProfile base = CaoBangBody.profile();
        BodyProfile bad = new BodyProfile(null, new IssuingBody(base.body().parentBody(), "S".repeat(501), base.body().abbreviation()),
                base.place(), "1234567890123456789012", new LegalBasis("Quyết định", "12/QĐ\u001b-UBND", null, "UBND tỉnh Cao Bằng", ""),
                List.of(new Signer("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nông Văn \u202EAn")));

        assertThatThrownBy(() -> bodies.save(bad)).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).extracting(e -> messages.get(e.messageKey(), e.args().toArray())).containsExactly(
                        "Tên cơ quan: dài 501 ký tự, tối đa 500",
                        "Mã QHNS: dài 22 ký tự, tối đa 20",
                        "Số, ký hiệu: có ký tự điều khiển không in được (U+001B) ở vị trí 6",
                        "Người ký 1 – Họ và tên: có ký tự ẩn đổi hướng chữ (U+202E) ở vị trí 10, "
                                + "có thể làm chữ hiện khác với nội dung thật"));
        assertThat(repository.findAll()).isEmpty();
    }
}
