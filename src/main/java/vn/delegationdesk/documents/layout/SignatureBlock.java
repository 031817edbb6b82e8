package vn.delegationdesk.documents.layout;

import java.util.List;

/**
 * Who signs: the authority lines in capitals, bold ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), an optional italic note
 * ("(Ký, họ tên, đóng dấu)"), room for the signature and seal, and the name, bold. An empty name leaves the
 * line blank for a draft.
 */
public record SignatureBlock(List<String> authorityLines, String note, String name) {
    public SignatureBlock {
        authorityLines = List.copyOf(authorityLines);
        note = note == null ? "" : note;
        name = name == null ? "" : name;
    }
}
