package vn.delegationdesk.reading.delegation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.delegationdesk.delegation.conference.AgendaItem;

/**
 * A conference's "+" lines that are items of its agenda: who speaks is split off when the line says it ("Đại diện Sở …
 * chia sẻ kinh nghiệm …", "Trao đổi của các doanh nghiệp; đại diện …", "Ý kiến phát biểu của các thành viên …").
 */
final class AgendaItems {
    private static final Pattern REPRESENTATIVE = Pattern.compile(
            "^(Đại diện\\s+.+?)\\s+(chia sẻ|báo cáo|trình bày|giới thiệu|phát biểu)\\s+(.+)$");
    private static final Pattern EXCHANGE = Pattern.compile("^Trao đổi của\\s+(.+?);\\s*đại diện\\s+(?:các\\s+)?(.+?)\\.?$");
    private static final Pattern OPINIONS = Pattern.compile("^Ý kiến phát biểu của\\s+(?:các\\s+)?(.+?)\\.?$");

    private AgendaItems() {
    }

    /** The item of {@code line} ("+ " taken off); {@code host} is the province's department, to name its representative. */
    static AgendaItem of(String line, String host, String province) {
        Matcher representative = REPRESENTATIVE.matcher(line);
        if (representative.matches()) {
            String presenter = representative.group(1);
            if (!host.isEmpty() && presenter.startsWith("Đại diện Sở") && presenter.endsWith(province)) {
                presenter = "Đại diện " + host;
            }
            return new AgendaItem(capitalised(representative.group(2) + " " + representative.group(3)), presenter, null);
        }
        Matcher exchange = EXCHANGE.matcher(line);
        if (exchange.matches()) {
            return new AgendaItem(line, capitalised(exchange.group(1) + ", " + exchange.group(2)), null);
        }
        Matcher opinions = OPINIONS.matcher(line);
        if (opinions.matches()) {
            return new AgendaItem(line, capitalised(opinions.group(1)), null);
        }
        return new AgendaItem(line, "", null);
    }

    static String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
