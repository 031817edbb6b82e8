package vn.delegationdesk.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An estimate section ("II. Phụ cấp lưu trú") with each of its lines beside what was paid; sums exact. */
public record ComparedSection(String key, String numeral, String title, List<ComparedLine> lines) {
    public ComparedSection {
        lines = List.copyOf(lines);
    }

    public long estimated() {
        return EstimateComparison.estimated(lines);
    }

    public long actual() {
        return EstimateComparison.actual(lines);
    }

    public long difference() {
        return Math.subtractExact(actual(), estimated());
    }

    public Optional<BigDecimal> percent() {
        return Percent.of(difference(), estimated());
    }
}
