package vn.delegationdesk.delegation.member.roster;

/**
 * Where the user's confirmed column mappings are kept between imports, so that the next workbook with the same
 * column titles is mapped the same way. Content that cannot be read is no memory, never a failure.
 */
public interface MappingMemory {
    RememberedMapping load();

    void save(RememberedMapping mapping);
}
