package vn.delegationdesk.delegation.body.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.IssuingBody;
import vn.delegationdesk.delegation.Signer;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.platform.db.Store;
import vn.delegationdesk.testing.CaoBangBody;
import vn.delegationdesk.testing.StoreKind;
import vn.delegationdesk.testing.TestStores;

@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
class JdbcBodyProfileRepositoryTest {
    @RegisterExtension
    final TestStores stores;

    JdbcBodyProfileRepositoryTest(StoreKind kind) {
        stores = new TestStores(kind);
    }

    @Test
    void aProfileIsKeptWholeWithItsSignersInOrderAndSurvivesReopening() {
        long id;
        try (Store database = stores.open()) {
            id = new JdbcBodyProfileRepository(database).save(CaoBangBody.profile());
        }
        try (Store database = stores.open()) {
            List<BodyProfile> back = new JdbcBodyProfileRepository(database).findAll();
            assertThat(back).containsExactly(CaoBangBody.profile().withId(id));
            assertThat(back.get(0).signers()).extracting(Signer::name).containsExactly("Nông Văn Hùng", "Hoàng Thị Mai Lan");
            assertThat(back.get(0).authorityBasis().number()).isEqualTo("23/2023/QĐ-UBND");
        }
    }

    @Test
    void savingWithItsIdReplacesTheProfileAndItsSigners() {
        try (Store database = stores.open()) {
            JdbcBodyProfileRepository repository = new JdbcBodyProfileRepository(database);
            long id = repository.save(CaoBangBody.profile());
            BodyProfile renamed = new BodyProfile(id, new IssuingBody("UBND TỈNH CAO BẰNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                    "SVHTTDL"), "Cao Bằng", "", null, List.of(CaoBangBody.DEPUTY));

            assertThat(repository.save(renamed)).isEqualTo(id);

            assertThat(repository.findAll()).containsExactly(renamed);
        }
    }

    @Test
    void deletingRemovesOnlyThatProfile() {
        try (Store database = stores.open()) {
            JdbcBodyProfileRepository repository = new JdbcBodyProfileRepository(database);
            long first = repository.save(CaoBangBody.profile());
            long second = repository.save(CaoBangBody.profile());

            assertThat(repository.delete(first)).isTrue();
            assertThat(repository.delete(first)).isFalse();

            assertThat(repository.findAll()).extracting(BodyProfile::id).containsExactly(second);
        }
    }
}
