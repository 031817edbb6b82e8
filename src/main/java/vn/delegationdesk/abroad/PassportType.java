package vn.delegationdesk.abroad;

/** The kinds of Vietnamese passport a member travels on, with the words printed in the decision's member list. */
public enum PassportType {
    NGOAI_GIAO("hộ chiếu ngoại giao"),
    CONG_VU("hộ chiếu công vụ"),
    PHO_THONG("hộ chiếu phổ thông");

    private final String label;

    PassportType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
