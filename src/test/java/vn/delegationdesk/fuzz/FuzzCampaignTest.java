package vn.delegationdesk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed-seed fuzz campaign of issue 20, a few hundred malformed files per way in, on a real store: each must be
 * accepted and stored exactly as read, or refused with a Vietnamese message and the store left unchanged. The
 * longer random-seed run is {@code vn.delegationdesk.bench.FuzzBenchmark}.
 */
class FuzzCampaignTest {
    static final long SEED = 20_2026_12_07L;

    @TempDir
    static Path dir;

    private static FuzzStore store;

    @BeforeAll
    static void openStore() throws java.io.IOException {
        store = new FuzzStore(java.nio.file.Files.createDirectories(dir.resolve("data")));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void packages() {
        check(new Campaign(store, new PackageTarget(store), FuzzInputs.packages(store), dir).run(SEED, 320));
    }

    @Test
    void rateSets() {
        check(new Campaign(store, new RateSetTarget(store), FuzzInputs.rateSets(), dir).run(SEED, 200));
    }

    @Test
    void workbooks() {
        check(new Campaign(store, new RosterTarget(store), FuzzInputs.workbooks(dir), dir).run(SEED, 195));
    }

    private static void check(Campaign campaign) {
        System.out.print(campaign.report());
        assertThat(campaign.findings()).as(campaign.report()).isEmpty();
        assertThat(campaign.count(Outcome.Verdict.REFUSED)).isGreaterThan(campaign.cases() / 2);
    }
}
