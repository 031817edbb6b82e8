package vn.delegationdesk.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.delegationdesk.app.StandardDocuments;
import vn.delegationdesk.delegation.Delegation;
import vn.delegationdesk.delegation.StayPlans;
import vn.delegationdesk.delegation.stay.Accommodation;
import vn.delegationdesk.documents.DocumentFile;
import vn.delegationdesk.documents.DocumentPack;
import vn.delegationdesk.documents.DocumentSettings;
import vn.delegationdesk.documents.DocumentSource;
import vn.delegationdesk.sample.SampleDelegation;
import vn.delegationdesk.testing.SampleEstimates;
import vn.delegationdesk.testing.SmallDelegation;

/**
 * Writes the documents that print the stay plan (itinerary, member list, travel orders) for the sample, the sample
 * with a hotel typed for 16–18/10 and the 12-member delegation into the directory given as the argument, to look
 * at them: {@code pdftoppm -png -r 60 sample-itinerary.pdf page}.
 */
public final class StayDocumentsPreview {
    private StayDocumentsPreview() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        Delegation sample = SampleDelegation.create().withId(1L);
        Accommodation hotel = new Accommodation("Khách sạn Mường Thanh Luxury Phan Thiết", "55 Tôn Đức Thắng, phường Phú Thủy",
                "0252 3819 999", false);
        Delegation withHotel = StayPlans.edited(sample, StayPlans.of(sample).withAccommodation(LocalDate.of(2025, 10, 16),
                LocalDate.of(2025, 10, 19), hotel));
        DocumentPack pack = StandardDocuments.pack();
        for (var entry : java.util.Map.of("sample", sample, "hotel", withHotel, "small", SmallDelegation.create()).entrySet()) {
            DocumentSource source = new DocumentSource(entry.getValue(), DocumentSettings.defaults(), SampleEstimates.priced());
            for (DocumentFile file : new DocumentFile[] {DocumentFile.ITINERARY_PDF, DocumentFile.MEMBER_LIST_PDF,
                DocumentFile.TRAVEL_ORDERS_PDF}) {
                Files.write(dir.resolve(entry.getKey() + "-" + file.name().toLowerCase() + ".pdf"), pack.render(file, source));
            }
        }
        System.out.println("Wrote the stay documents to " + dir.toAbsolutePath());
    }
}
