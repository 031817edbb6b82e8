package vn.delegationdesk.plan;

/** What an activity carrying out a task is: a delegation of the app, or an event of the kinds the plans name. */
public enum ActivityKind {
    /** A delegation kept in the app, linked by its id ("thuộc nhiệm vụ"). */
    DELEGATION,
    /** Phiên họp trực tuyến (online session of a network). */
    ONLINE_SESSION,
    /** Tọa đàm, workshop. */
    WORKSHOP,
    /** Hội nghị, hội thảo, diễn đàn. */
    CONFERENCE,
    /** Trưng bày, triển lãm. */
    EXHIBITION,
    /** Xuất bản: articles, pages, printed documents (the quantity counts pages or copies). */
    PUBLICATION,
    /** Sản phẩm truyền thông: clip, phóng sự, video. */
    MEDIA;

    public String labelKey() {
        return switch (this) {
            case DELEGATION -> "plan.activity.delegation";
            case ONLINE_SESSION -> "plan.activity.onlineSession";
            case WORKSHOP -> "plan.activity.workshop";
            case CONFERENCE -> "plan.activity.conference";
            case EXHIBITION -> "plan.activity.exhibition";
            case PUBLICATION -> "plan.activity.publication";
            case MEDIA -> "plan.activity.media";
        };
    }
}
