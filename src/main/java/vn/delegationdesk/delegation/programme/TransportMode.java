package vn.delegationdesk.delegation.programme;

/** How the delegation moves between places. */
public enum TransportMode {
    PLANE, CAR, TRAIN, BUS, SHIP, OTHER
}
