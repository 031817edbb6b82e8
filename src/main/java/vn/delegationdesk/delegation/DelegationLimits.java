package vn.delegationdesk.delegation;

import java.math.BigDecimal;
import java.util.List;
import vn.delegationdesk.common.TextLimit;

/**
 * The stated maximum of every text field of a delegation, equal to the width of its column in the store (migrations
 * V1 and V5; a test compares them), and the ranges of its whole numbers. Fields shown in a box of several lines
 * (title, paragraphs, descriptions, notes, the stay's address) may hold tab and line breaks; the others are one line.
 * {@link DelegationValidator} checks each against {@code common.TextRules}.
 */
public final class DelegationLimits {
    public static final TextLimit TITLE = TextLimit.lines("delegation", "title", 2000);
    public static final TextLimit PARENT_BODY = TextLimit.line("delegation", "issuing_parent_body", 500);
    public static final TextLimit BODY_NAME = TextLimit.line("delegation", "issuing_name", 500);
    public static final TextLimit ABBREVIATION = TextLimit.line("delegation", "issuing_abbreviation", 100);
    public static final TextLimit DOCUMENT_NUMBER = TextLimit.line("delegation", "document_number", 100);
    public static final TextLimit DOCUMENT_SYMBOL = TextLimit.line("delegation", "document_symbol", 200);
    public static final TextLimit DOCUMENT_PLACE = TextLimit.line("delegation", "document_place", 200);
    public static final TextLimit DEPARTURE_PLACE = TextLimit.line("delegation", "departure_place", 500);
    public static final TextLimit FUNDING_SOURCE = TextLimit.lines("delegation", "funding_source", 4000);
    public static final TextLimit SIGNER_PREFIX = TextLimit.line("delegation", "signer_authority_prefix", 100);
    public static final TextLimit SIGNER_PRINCIPAL = TextLimit.line("delegation", "signer_principal_title", 200);
    public static final TextLimit SIGNER_TITLE = TextLimit.line("delegation", "signer_title", 200);
    public static final TextLimit SIGNER_NAME = TextLimit.line("delegation", "signer_name", 200);

    public static final TextLimit BASIS_KIND = TextLimit.line("legal_basis", "kind", 200);
    public static final TextLimit BASIS_NUMBER = TextLimit.line("legal_basis", "number", 200);
    public static final TextLimit BASIS_ISSUER = TextLimit.line("legal_basis", "issuer", 1000);
    public static final TextLimit BASIS_SUBJECT = TextLimit.lines("legal_basis", "subject", 10000);
    public static final TextLimit PURPOSE = TextLimit.lines("purpose", "content", 20000);
    public static final TextLimit TOPIC = TextLimit.lines("exchange_topic", "content", 20000);
    public static final TextLimit RECIPIENT = TextLimit.line("recipient", "name", 2000);

    public static final TextLimit LEG_PLACE = TextLimit.line("leg", "place", 500);
    public static final TextLimit LEG_CITY = TextLimit.line("leg", "city", 500);
    public static final TextLimit LEG_SUMMARY = TextLimit.lines("leg", "summary", 20000);

    public static final TextLimit GROUP_ID = TextLimit.line("member_group", "group_id", 100);
    public static final TextLimit GROUP_NAME = TextLimit.line("member_group", "name", 2000);
    public static final TextLimit GROUP_DESCRIPTION = TextLimit.lines("member_group", "description", 10000);
    public static final TextLimit QUOTA_UNIT = TextLimit.line("quota", "sending_unit", 1000);

    public static final TextLimit MEMBER_ID = TextLimit.line("member", "member_id", 100);
    public static final TextLimit MEMBER_NAME = TextLimit.line("member", "full_name", 300);
    public static final TextLimit MEMBER_POSITION = TextLimit.line("member", "job_title", 1000);
    public static final TextLimit MEMBER_UNIT = TextLimit.line("member", "sending_unit", 1000);
    public static final TextLimit MEMBER_GROUP = TextLimit.line("member", "group_id", 100);
    public static final TextLimit MEMBER_PHONE = TextLimit.line("member", "phone", 50);
    public static final TextLimit MEMBER_ID_NUMBER = TextLimit.line("member", "id_number", 50);
    public static final TextLimit MEMBER_NOTES = TextLimit.lines("member", "notes", 4000);

    public static final TextLimit ACTIVITY_DESCRIPTION = TextLimit.lines("activity", "description", 20000);
    public static final TextLimit ACTIVITY_PLACE = TextLimit.line("activity", "place", 1000);
    public static final TextLimit ACTIVITY_HOST = TextLimit.line("activity", "host", 1000);
    public static final TextLimit ACTIVITY_CONFERENCE = TextLimit.line("activity", "conference_id", 100);
    public static final TextLimit ACTIVITY_NOTES = TextLimit.lines("activity", "notes", 4000);

    public static final TextLimit NIGHT_PLACE = TextLimit.line("stay_night", "place", 1000);
    public static final TextLimit NIGHT_HOTEL = TextLimit.line("stay_night", "hotel", 1000);
    public static final TextLimit NIGHT_ADDRESS = TextLimit.lines("stay_night", "address", 2000);
    public static final TextLimit NIGHT_PHONE = TextLimit.line("stay_night", "phone", 100);

    public static final TextLimit CONFERENCE_ID = TextLimit.line("conference", "conference_id", 100);
    public static final TextLimit CONFERENCE_TITLE = TextLimit.lines("conference", "title", 2000);
    public static final TextLimit CONFERENCE_VENUE = TextLimit.line("conference", "venue", 1000);
    public static final TextLimit CONFERENCE_STANDARD = TextLimit.line("conference", "venue_standard", 500);
    public static final TextLimit CONFERENCE_CO_ORGANISER = TextLimit.line("conference", "co_organiser", 1000);
    public static final TextLimit AGENDA_CONTENT = TextLimit.lines("agenda_item", "content", 100000);
    public static final TextLimit AGENDA_PRESENTER = TextLimit.line("agenda_item", "presenter", 1000);

    public static final TextLimit RESPONSIBILITY_UNIT = TextLimit.line("responsibility", "unit", 1000);
    public static final TextLimit DUTY = TextLimit.lines("responsibility_duty", "content", 20000);

    /** Every text limit above, for the test that compares them with the store's columns. */
    public static final List<TextLimit> ALL = List.of(TITLE, PARENT_BODY, BODY_NAME, ABBREVIATION, DOCUMENT_NUMBER,
            DOCUMENT_SYMBOL, DOCUMENT_PLACE, DEPARTURE_PLACE, FUNDING_SOURCE, SIGNER_PREFIX, SIGNER_PRINCIPAL, SIGNER_TITLE,
            SIGNER_NAME, BASIS_KIND, BASIS_NUMBER, BASIS_ISSUER, BASIS_SUBJECT, PURPOSE, TOPIC, RECIPIENT, LEG_PLACE, LEG_CITY,
            LEG_SUMMARY, GROUP_ID, GROUP_NAME, GROUP_DESCRIPTION, QUOTA_UNIT, MEMBER_ID, MEMBER_NAME, MEMBER_POSITION,
            MEMBER_UNIT, MEMBER_GROUP, MEMBER_PHONE, MEMBER_ID_NUMBER, MEMBER_NOTES, ACTIVITY_DESCRIPTION, ACTIVITY_PLACE,
            ACTIVITY_HOST, ACTIVITY_CONFERENCE, ACTIVITY_NOTES, NIGHT_PLACE, NIGHT_HOTEL, NIGHT_ADDRESS, NIGHT_PHONE,
            CONFERENCE_ID, CONFERENCE_TITLE, CONFERENCE_VENUE, CONFERENCE_STANDARD, CONFERENCE_CO_ORGANISER, AGENDA_CONTENT,
            AGENDA_PRESENTER, RESPONSIBILITY_UNIT, DUTY);

    /** "Số lượng dự kiến" (INT): a delegation of public servants, never near this. */
    public static final int MAX_PLANNED_SIZE = 10_000;
    /** Seats of one sending unit in a group (INT). */
    public static final int MAX_SEATS = 10_000;
    /** "Số đại biểu dự kiến" of a conference (INT). */
    public static final int MAX_EXPECTED_DELEGATES = 100_000;
    /** An agenda item's duration (INT, minutes): at most one day. */
    public static final int MAX_DURATION_MINUTES = 1_440;
    /** The allowance coefficient's column is DECIMAL(6, 2): at most 9999.99. */
    public static final BigDecimal MAX_COEFFICIENT = new BigDecimal("9999.99");

    private DelegationLimits() {
    }
}
