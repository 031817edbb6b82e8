package vn.delegationdesk.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import vn.delegationdesk.delegation.member.roster.Workbooks;

/** The valid files every campaign starts from: the documented examples, the sample's own export, real workbooks. */
final class FuzzInputs {
    private static final Path EXAMPLES = Path.of("docs", "examples");

    private FuzzInputs() {
    }

    static BiFunction<Random, Integer, FuzzCase> packages(FuzzStore store) {
        JsonMutator mutator = new JsonMutator("package", List.of(read("sample-delegation.json"),
                read("minimal-delegation.json"), store.packageText(store.sample().id())));
        return mutator::next;
    }

    static BiFunction<Random, Integer, FuzzCase> rateSets() {
        JsonMutator mutator = new JsonMutator("rate-set", List.of(read("rate-set-tt-12-2025.json"), read("minimal-rate-set.json")));
        return mutator::next;
    }

    static BiFunction<Random, Integer, FuzzCase> workbooks(Path folder) {
        WorkbookMutator mutator = new WorkbookMutator(List.of(
                bytes(Workbooks.threeMembers(), folder.resolve("three.xlsx")),
                bytes(Workbooks.members(40), folder.resolve("forty.xlsx")),
                bytes(Workbooks.sheet("DS").row("DANH SÁCH CÁN BỘ ĐI CÔNG TÁC").merge("A1:E1")
                        .row("STT", "Thông tin cá nhân", null, "Đơn vị cử", "Số CCCD").merge("B2:C2")
                        .row(null, "Họ và tên", "Ngày sinh").merge("A2:A3").merge("D2:D3").merge("E2:E3")
                        .row(1, "Phạm Thị Dung", LocalDate.of(1979, 1, 2), "Phòng Gia đình", "001179012345")
                        .row(2, "Hoàng Văn Em", "03/04/1990", "Phòng Gia đình", "001090012346"), folder.resolve("merged.xlsx"))));
        return mutator::next;
    }

    private static String read(String example) {
        try {
            return Files.readString(EXAMPLES.resolve(example));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Workbooks book, Path file) {
        try {
            return Files.readAllBytes(book.save(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
