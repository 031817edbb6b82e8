package vn.delegationdesk.conferencedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.delegationdesk.platform.i18n.Messages;

/** Finding a delegate at the desk by a typed name (marks, case and word order ignored) or by a scanned QR code. */
class CheckInLookupTest {
    private static final String CONF = "hoi-nghi-dak-lak";
    private final List<Delegate> list = List.of(
            DeskSamples.delegate("a", CONF, "Nguyễn Văn An", "UBND tỉnh Đắk Lắk", DelegateGroup.LEADERS, 1),
            DeskSamples.delegate("b", CONF, "Trần Thị Ngân", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", DelegateGroup.HOSTS, 2),
            DeskSamples.delegate("c", CONF, "Lê Văn Anh Tuấn", "Công ty Cổ phần Du lịch Tây Nguyên", DelegateGroup.BUSINESSES, 0),
            DeskSamples.delegate("d", CONF, "Hoàng Thanh", "Báo Đắk Lắk, phóng viên của An", DelegateGroup.PRESS, 0),
            DeskSamples.delegate("e", CONF, "Đặng Văn An", "UBND tỉnh Lâm Đồng", DelegateGroup.HOSTS, 0));
    private final CheckInLookup lookup = new CheckInLookup(CONF, list);
    private final Messages messages = new Messages();

    private List<String> names(String typed) {
        return lookup.find(typed).stream().map(Delegate::fullName).toList();
    }

    @Test
    void aTypedNameFindsMarksCaseAndWordOrderIgnoredBestFirst() {
        assertThat(names("nguyen van an")).as("a word found in the body comes last")
                .containsExactly("Nguyễn Văn An", "Lê Văn Anh Tuấn");
        assertThat(names("an nguyen")).containsExactly("Nguyễn Văn An", "Lê Văn Anh Tuấn");
        assertThat(names("AN")).as("the whole name first, then word starts, then inside a name, then the body")
                .containsExactly("Nguyễn Văn An", "Đặng Văn An", "Lê Văn Anh Tuấn", "Trần Thị Ngân", "Hoàng Thanh");
        assertThat(names("dang")).containsExactly("Đặng Văn An");
        assertThat(names("dak lak")).as("through the body").containsExactly("Nguyễn Văn An", "Trần Thị Ngân", "Hoàng Thanh");
        assertThat(names("van tuan")).containsExactly("Lê Văn Anh Tuấn");
        assertThat(names("   ")).isEmpty();
        assertThat(names("xyz")).isEmpty();
        assertThat(lookup.find("an", 2)).extracting(Delegate::id).containsExactly("a", "e");
    }

    @Test
    void thoseAlreadyCheckedInComeAfterTheOthersOfTheSameRank() {
        List<Delegate> withAttended = List.of(list.get(0).checkedIn(Instant.parse("2025-10-15T01:00:00Z")), list.get(4));
        assertThat(new CheckInLookup(CONF, withAttended).find("van an")).extracting(Delegate::id).containsExactly("e", "a");
    }

    @Test
    void aCheckInOrAWalkInUpdatesTheLookupWithoutRebuildingIt() {
        CheckInLookup after = lookup.with(list.get(4).checkedIn(Instant.parse("2025-10-15T01:00:00Z")))
                .with(DeskSamples.delegate("w", CONF, "Ngô Văn An", "", DelegateGroup.OTHER, 0));

        assertThat(after.find("van an")).extracting(Delegate::id, Delegate::attended).containsExactly(
                tuple("a", false), tuple("w", false), tuple("e", true), tuple("c", false), tuple("b", false));
        assertThat(after.resolve("DD1|hoi-nghi-dak-lak|w").fullName()).isEqualTo("Ngô Văn An");
        assertThat(lookup.find("van an")).as("the first lookup unchanged").extracting(Delegate::id).containsExactly("a", "e", "c", "b");
    }

    @Test
    void aScannedCodeFindsItsDelegateAndACodeOfAnotherConferenceIsRefused() {
        assertThat(lookup.resolve(new QrPayload(CONF, "b").format())).isEqualTo(list.get(1));
        assertThat(lookup.resolve("  dd1|hoi-nghi-dak-lak|c \n").fullName()).isEqualTo("Lê Văn Anh Tuấn");

        assertThatThrownBy(() -> lookup.resolve("DD1|hoi-nghi-lam-dong|b")).isInstanceOfSatisfying(QrRefused.class,
                e -> assertThat(messages.get(e.messageKey(), e.args().toArray())).isEqualTo(
                        "Mã QR của hội nghị khác: mã hội nghị hoi-nghi-lam-dong (DD1|hoi-nghi-lam-dong|b); hãy kiểm tra giấy mời"));
        assertThatThrownBy(() -> lookup.resolve("DD1|hoi-nghi-dak-lak|zz")).isInstanceOfSatisfying(QrRefused.class,
                e -> assertThat(messages.get(e.messageKey(), e.args().toArray())).isEqualTo(
                        "Mã QR không có trong danh sách đại biểu của hội nghị này: DD1|hoi-nghi-dak-lak|zz"));
        assertThatThrownBy(() -> lookup.resolve("https://example.vn")).isInstanceOfSatisfying(QrRefused.class,
                e -> assertThat(messages.get(e.messageKey(), e.args().toArray())).isEqualTo(
                        "Mã QR không đúng dạng mã của giấy mời: https://example.vn"));
    }

    @Test
    void aPayloadIsFormattedAndParsedBack() {
        QrPayload payload = new QrPayload("hoi-nghi-dak-lak", "3f2a9c1e-0b7d-4c51-9a3e-2d9f1c7e8b60");
        assertThat(payload.format()).isEqualTo("DD1|hoi-nghi-dak-lak|3f2a9c1e-0b7d-4c51-9a3e-2d9f1c7e8b60");
        assertThat(QrPayload.parse(payload.format())).contains(payload);
        assertThat(QrPayload.parse("DD1|a|b|c")).isEmpty();
        assertThat(QrPayload.parse("DD1||b")).isEmpty();
        assertThat(QrPayload.parse("DD2|a|b")).isEmpty();
        assertThat(QrPayload.parse(null)).isEmpty();
        assertThat(QrPayload.looksLikePayload("dd1|x")).isTrue();
        assertThatThrownBy(() -> new QrPayload("a|b", "c")).isInstanceOf(IllegalArgumentException.class);
    }
}
