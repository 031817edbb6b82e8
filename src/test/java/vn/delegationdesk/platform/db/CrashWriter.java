package vn.delegationdesk.platform.db;

import java.nio.file.Path;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.persistence.JdbcDelegationRepository;
import vn.delegationdesk.sample.SampleDelegation;

/**
 * The writer process of {@link CrashSafetyTest}: saves the sample delegation again and again (each save is one
 * transaction of a few hundred rows) and prints the id and title of every save once it has committed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int loops = Integer.parseInt(args[1]);
        Database database = Database.openStore(dataDir);
        JdbcDelegationRepository repository = new JdbcDelegationRepository(database);
        Delegation sample = SampleDelegation.create();
        for (int i = 0; i < loops; i++) {
            long id = repository.insert(sample.toBuilder().title("Lần lưu " + i).build());
            System.out.println(id + "\t" + i);
            System.out.flush();
        }
        database.close();
    }
}
