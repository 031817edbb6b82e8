package vn.delegationdesk.abroad.ui;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.delegationdesk.abroad.PassportType;

/** The rows of the tab "Đi nước ngoài" as the user types them: text, read by {@link AbroadViewModel}. */
public final class AbroadRows {
    private AbroadRows() {
    }

    /** A stay abroad: mã nước, tên nước, thành phố, múi giờ, ngày đến, ngày đi. */
    public static final class StopRow {
        public final StringProperty code = new SimpleStringProperty("");
        public final StringProperty name = new SimpleStringProperty("");
        public final StringProperty city = new SimpleStringProperty("");
        public final StringProperty zone = new SimpleStringProperty("");
        public final StringProperty arrival = new SimpleStringProperty("");
        public final StringProperty departure = new SimpleStringProperty("");

        Observable[] fields() {
            return new Observable[] {code, name, city, zone, arrival, departure};
        }
    }

    /** A flight: số hiệu, nơi đi, giờ đi địa phương, múi giờ, nơi đến, giờ đến địa phương, múi giờ. */
    public static final class LegRow {
        public final StringProperty number = new SimpleStringProperty("");
        public final StringProperty from = new SimpleStringProperty("");
        public final StringProperty departure = new SimpleStringProperty("");
        public final StringProperty fromZone = new SimpleStringProperty("");
        public final StringProperty to = new SimpleStringProperty("");
        public final StringProperty arrival = new SimpleStringProperty("");
        public final StringProperty toZone = new SimpleStringProperty("");

        Observable[] fields() {
            return new Observable[] {number, from, departure, fromZone, to, arrival, toZone};
        }
    }

    /** A member's passport: số, loại, ngày hết hạn; every member of the delegation has a row. */
    public static final class PassportRow {
        private final String memberId;
        private final String memberName;
        public final StringProperty number = new SimpleStringProperty("");
        public final ObjectProperty<PassportType> type = new SimpleObjectProperty<>();
        public final StringProperty expiry = new SimpleStringProperty("");

        PassportRow(String memberId, String memberName) {
            this.memberId = memberId;
            this.memberName = memberName;
        }

        public String memberId() {
            return memberId;
        }

        public String memberName() {
            return memberName;
        }

        boolean blank() {
            return number.get().isBlank() && type.get() == null && expiry.get().isBlank();
        }

        Observable[] fields() {
            return new Observable[] {number, type, expiry};
        }
    }

    /** A line of "Chi phí khác" the user adds: nội dung, đơn vị tính, số lượng, số ngày/lần, đơn giá, tiền tệ, căn cứ. */
    public static final class OtherCostRow {
        public final StringProperty content = new SimpleStringProperty("");
        public final StringProperty unit = new SimpleStringProperty("");
        public final StringProperty quantity = new SimpleStringProperty("1");
        public final StringProperty times = new SimpleStringProperty("1");
        public final StringProperty amount = new SimpleStringProperty("");
        public final StringProperty currency = new SimpleStringProperty("");
        public final StringProperty basis = new SimpleStringProperty("");

        Observable[] fields() {
            return new Observable[] {content, unit, quantity, times, amount, currency, basis};
        }
    }

    /** A foreign rate set offered in the combo; {@code id} blank for the set in force on the day of exit. */
    public record RateSetChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * A line of the estimate abroad as shown: its key, content, quantity and times (as numbers, typed over in the table
     * unless the line is one the user added, {@code editable} false), unit, foreign amount, amount in đồng or why it has
     * none, and whether the user set its quantity or its times.
     */
    public record EstimateRow(String key, String content, String quantity, String unit, String times, String foreign, String dong,
            boolean editable, boolean quantityEdited, boolean timesEdited) {
        /** Whether the user set its quantity or times. */
        public boolean edited() {
            return quantityEdited || timesEdited;
        }
    }
}
