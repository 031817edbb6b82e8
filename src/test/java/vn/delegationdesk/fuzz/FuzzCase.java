package vn.delegationdesk.fuzz;

/** One generated input: the kind of file, the mutation that made it (for the tallies and a reproducer), its bytes. */
record FuzzCase(String kind, String mutation, String fileName, byte[] bytes) {
}
