package vn.delegationdesk.testing;

/** The two kinds of store every repository test runs on (see {@link TestStores}). */
public enum StoreKind {
    /** The embedded H2 file in a fresh data folder. */
    H2,
    /** A fresh database on the embedded PostgreSQL server of the test run ({@link EmbeddedServer}). */
    POSTGRESQL
}
