package vn.delegationdesk.conferencedesk;

/**
 * How the hall in front of the head table is furnished: theatre rows of chairs ("Hàng 2, ghế 5"), or rows of tables,
 * one table a row across the hall, facing the head table ("Bàn 2, ghế 5").
 */
public enum HallKind {
    THEATRE, TABLES
}
