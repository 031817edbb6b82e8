package vn.delegationdesk.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.delegationdesk.common.ValidationError;
import vn.delegationdesk.common.ValidationException;

/** One line per operation, with its outcome and milliseconds, and nothing but ids, counts, codes and field keys. */
class OperationLogTest {
    private static final OperationLog LOG = OperationLog.of(OperationLogTest.class);

    @TempDir
    Path dataDir;

    @BeforeEach
    void installTheLog() {
        FileLog.install(dataDir);
    }

    @Test
    void anOperationMarkedOkIsOneLineWithItsTimeAndDetails() throws Exception {
        try (Operation op = LOG.start("save").id("delegation", 3L).count("members", 37)) {
            op.code("doc", "PLAN").ok();
        }
        try (Operation op = LOG.start("create").id("delegation", null)) {
            op.ok();
        }

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches(".* INFO  \\[.*] vn\\.delegationdesk\\.platform\\.logging\\.OperationLogTest - "
                        + "save: ok in \\d+ ms \\(delegation=3, members=37, doc=PLAN\\)"));
        assertThat(lines()).anySatisfy(line -> assertThat(line).matches(".* - create: ok in \\d+ ms \\(delegation=new\\)"));
    }

    @Test
    void anOperationAnExceptionWentThroughIsLoggedAsFailed() throws Exception {
        assertThatThrownBy(() -> {
            try (Operation op = LOG.start("export-package").id("delegation", 4L)) {
                op.count("members", 37);
                throw new IllegalStateException("Nguyễn Văn Hùng 001085012345");
            }
        }).isInstanceOf(IllegalStateException.class);

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches(".* WARN  .* - export-package: failed in \\d+ ms \\(delegation=4, members=37\\)"));
        assertThat(log()).doesNotContain("Nguyễn", "001085012345");
    }

    @Test
    void callNamesTheTypeOfAFailureAndRethrowsItUntouched() throws Exception {
        IOException full = new IOException("Ổ đĩa đầy: /home/nguyen-van-hung/Du-toan.xlsx");

        assertThatThrownBy(() -> LOG.call("export-estimate-excel", op -> {
            op.count("lines", 12);
            throw full;
        })).isSameAs(full);
        String back = LOG.call("render", op -> "PDF");

        assertThat(back).isEqualTo("PDF");
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches(".* - export-estimate-excel: failed IOException in \\d+ ms \\(lines=12\\)"));
        assertThat(lines()).anySatisfy(line -> assertThat(line).matches(".* - render: ok in \\d+ ms"));
        assertThat(log()).doesNotContain("nguyen-van-hung", "đầy");
    }

    @Test
    void aRefusalCountsItsProblemsAndNamesTheirFieldsNeverTheirValues() throws Exception {
        ValidationException refused = new ValidationException(List.of(
                ValidationError.of("members[3].idNumber", "validation.idNumber", "0010850123"),
                ValidationError.of("members[3].idNumber", "validation.duplicateIdNumber", "0010850123"),
                ValidationError.of("startDate", "validation.required")));

        assertThatThrownBy(() -> LOG.call("import-package", op -> {
            throw refused;
        })).isSameAs(refused);
        LOG.refused("save", 2, List.of("legs[1].endDate", "members[12].fullName"));

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches(".* INFO .* - import-package: refused 3 problems in members\\[3]\\.idNumber startDate in \\d+ ms"));
        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .matches(".* - save: refused 2 problems in legs\\[1]\\.endDate members\\[12]\\.fullName in \\d+ ms"));
        assertThat(log()).doesNotContain("0010850123");
    }

    @Test
    void aLongRefusalNamesTwelveFieldsAndCountsTheRest() throws Exception {
        List<String> keys = IntStream.range(0, 20).mapToObj(i -> "members[" + i + "].phone").toList();

        LOG.refused("save", 20, keys);

        assertThat(lines()).anySatisfy(line -> assertThat(line)
                .contains("save: refused 20 problems in members[0].phone ", " members[11].phone +8 in ")
                .doesNotContain("members[12].phone"));
    }

    @Test
    void codesAndKeysKeepOnlyTheCharactersOfCodes() {
        assertThat(Operation.clean("PLAN")).isEqualTo("PLAN");
        assertThat(Operation.clean("members[3].idNumber")).isEqualTo("members[3].idNumber");
        assertThat(Operation.clean("tt-12_2025")).isEqualTo("tt-12_2025");
        assertThat(Operation.clean("a b\nc=d, e")).isEqualTo("abcde");
        assertThat(Operation.clean("")).isEqualTo("-");
        assertThat(Operation.clean("x".repeat(100))).hasSize(48);
    }

    private String log() throws IOException {
        return Files.readString(dataDir.resolve("logs").resolve(FileLog.FILE_NAME), StandardCharsets.UTF_8);
    }

    private List<String> lines() throws IOException {
        return log().lines().toList();
    }
}
