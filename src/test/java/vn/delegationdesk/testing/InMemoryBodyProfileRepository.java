package vn.delegationdesk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.delegationdesk.delegation.body.BodyProfile;
import vn.delegationdesk.delegation.body.BodyProfileRepository;

/** Body profiles in a list, for tests that need no store. */
public final class InMemoryBodyProfileRepository implements BodyProfileRepository {
    private final List<BodyProfile> profiles = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized List<BodyProfile> findAll() {
        return List.copyOf(profiles);
    }

    @Override
    public synchronized long save(BodyProfile profile) {
        if (profile.id() == null) {
            long id = nextId++;
            profiles.add(profile.withId(id));
            return id;
        }
        profiles.replaceAll(p -> p.id().equals(profile.id()) ? profile : p);
        return profile.id();
    }

    @Override
    public synchronized boolean delete(long id) {
        return profiles.removeIf(p -> p.id() == id);
    }
}
