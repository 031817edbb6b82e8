package vn.delegationdesk.delegation.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.common.ValidationException;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.platform.i18n.Messages;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.InMemoryBodyProfileRepository;

class BodyProfilesTest {
    private final InMemoryBodyProfileRepository repository = new InMemoryBodyProfileRepository();
    private final BodyProfiles bodies = new BodyProfiles(repository);
    private final Messages messages = new Messages();

    @Test
    void aCompleteProfileIsStoredAndReturnedWithItsId() {
        BodyProfile stored = bodies.save(CaoBangBody.profile());

        assertThat(stored.id()).isEqualTo(1L);
        assertThat(bodies.all()).containsExactly(stored);
        assertThat(stored.planSymbol()).isEqualTo("KH-SVHTTDL");
        assertThat(stored.label()).isEqualTo("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH – UBND TỈNH CAO BẰNG");
    }

    @Test
    void anIncompleteProfileIsRefusedWithEveryFieldNamedAndNothingStored() {
        BodyProfile incomplete = new BodyProfile(null, new IssuingBody("UBND TỈNH CAO BẰNG", "", "svh tt"), "", "", null,
                List.of(new Signer("KT.", "", "PHÓ GIÁM ĐỐC", "")));

        assertThatThrownBy(() -> bodies.save(incomplete)).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).extracting(e -> messages.get(e.messageKey(), e.args().toArray())).containsExactly(
                        "Tên cơ quan ban hành: chưa nhập",
                        "Viết tắt \"svh tt\": chỉ gồm chữ in hoa và chữ số, có thể nối bằng dấu gạch ngang (ví dụ SVHTTDL)",
                        "Địa danh: chưa nhập (nơi ghi ở dòng \"…, ngày … tháng … năm …\")",
                        "Người ký 1 – Họ và tên: chưa nhập",
                        "Người ký 1 – ký \"KT.\" thay cho ai: chưa nhập chức danh người đứng đầu (ví dụ GIÁM ĐỐC)"));
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void aProfileWithoutSignersIsRefused() {
        BodyProfile noSigner = new BodyProfile(null, new IssuingBody("", "SỞ TÀI CHÍNH", "STC"), "Cao Bằng", "", null, List.of());

        assertThatThrownBy(() -> bodies.save(noSigner)).isInstanceOfSatisfying(ValidationException.class, refused ->
                assertThat(refused.errors()).extracting(e -> messages.get(e.messageKey(), e.args().toArray()))
                        .containsExactly("Người ký: cần ít nhất một người ký"));
    }

    @Test
    void aProfileTakenFromADelegationHoldsWhatItPrints() {
        BodyProfile taken = BodyProfiles.from(SampleDelegation.create());

        assertThat(taken.id()).isNull();
        assertThat(taken.body()).isEqualTo(new IssuingBody("UBND THÀNH PHỐ HÀ NỘI", "SỞ VĂN HÓA VÀ THỂ THAO", "SVHTT"));
        assertThat(taken.place()).isEqualTo("Hà Nội");
        assertThat(taken.signers()).containsExactly(new Signer("", "", "GIÁM ĐỐC", "Bạch Liên Hương"));
        assertThat(BodyProfileValidator.validate(taken)).isEmpty();
    }
}
