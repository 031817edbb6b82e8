package vn.delegationdesk.budget;

/** TT 40 Art. 7: lodging paid as a flat allowance per person (khoán) or by invoice per room, capped. */
public enum LodgingMode {
    INVOICE, FLAT
}
