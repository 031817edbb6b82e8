package vn.delegationdesk.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.io.font.FontProgram;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.documents.fonts.LiberationSerif;
import vn.delegationdesk.documents.fonts.LiberationSerif.Face;
import vn.delegationdesk.documents.layout.OfficialHeader;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.LayoutSamples;

/**
 * Every character the documents can print has a glyph in each of the four faces: an empty box in a signed
 * plan would be noticed by everyone who reads it.
 */
class GlyphCoverageTest {
    /** The 67 Vietnamese vowels with their tones and đ, in both cases: any name or place may use any of them. */
    private static final String VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữự"
            + "yỳýỷỹỵđ";
    /** Fixed texts and punctuation the builders print: quotes, dashes, ellipsis, the numero and section signs. */
    private static final List<String> FIXED = List.of(OfficialHeader.NATION, OfficialHeader.MOTTO, "Nơi nhận:",
            "“”‘’–—…", "./.", "()[];:,-+%/", "0123456789", "Số: 125/KH-SVHTT", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN",
            "(Ký, họ tên, đóng dấu)", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    @ParameterizedTest
    @EnumSource(Face.class)
    void eachFaceHasAGlyphForEveryCharacterOfTheSampleAndTheFixedTexts(Face face) {
        FontProgram program = LiberationSerif.program(face);
        Set<String> missing = characters().stream()
                .filter(codePoint -> program.getGlyph(codePoint) == null)
                .map(codePoint -> new String(Character.toChars(codePoint)) + " U+" + Integer.toHexString(codePoint))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(missing).as("characters without a glyph in %s", face).isEmpty();
    }

    @Test
    void theSampleReallyUsesVietnameseLetters() {
        assertThat(characters()).contains((int) 'ạ', (int) 'Đ', (int) 'ữ', (int) '“', (int) '…');
    }

    /** The distinct characters of the seed delegation, the fixed texts and every Vietnamese letter. */
    private static Set<Integer> characters() {
        Delegation sample = SampleDelegation.create();
        StringBuilder all = new StringBuilder();
        // A record's toString lists every component, nested records and lists included: every text of the sample.
        all.append(sample);
        all.append(sample.title()).append(sample.issuingBody()).append(sample.signer()).append(sample.recipients());
        sample.members().forEach(all::append);
        sample.programme().forEach(all::append);
        sample.conferences().forEach(all::append);
        sample.responsibilities().forEach(all::append);
        sample.legalBases().forEach(all::append);
        FIXED.forEach(all::append);
        all.append(VIETNAMESE).append(VIETNAMESE.toUpperCase(java.util.Locale.ROOT));
        all.append(LayoutSamples.official().plainText());
        String text = Normalizer.normalize(all, Normalizer.Form.NFC);
        return text.codePoints().filter(c -> !Character.isISOControl(c)).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
