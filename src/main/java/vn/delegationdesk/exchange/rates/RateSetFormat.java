package vn.delegationdesk.exchange.rates;

import java.math.BigDecimal;
import vn.delegationdesk.exchange.json.ExchangeFile;
import vn.delegationdesk.exchange.json.FormatNames;

/**
 * The constants of the rate-set file format, documented in {@code docs/rate-set-format.md}. Like the delegation
 * package, a reader refuses any other format name and any other version by name.
 */
public final class RateSetFormat {
    /** Value of the top-level {@code "format"} field. */
    public static final String NAME = FormatNames.RATE_SET;
    /**
     * Value of the top-level {@code "formatVersion"} field of a file of domestic rates, as written since the first
     * release; such a file has no {@code scope} and its set is under {@code rateSet}. This build still writes the
     * domestic sets in it, so that an older copy of the application reads them.
     */
    public static final int VERSION = 1;
    /**
     * Version 2 adds the top-level {@code scope}: {@link #DOMESTIC} (the set under {@code rateSet}, as in version 1) or
     * {@link #FOREIGN} (a set of caps abroad under {@code foreignRateSet}). Foreign sets are written in it.
     */
    public static final int LATEST_VERSION = 2;
    /** The top-level field of version 2 that says which kind of set the file holds. */
    public static final String SCOPE = "scope";
    /** {@link #SCOPE} of a file of domestic rates (thông tư công tác phí trong nước, a local resolution). */
    public static final String DOMESTIC = "DOMESTIC";
    /** {@link #SCOPE} of a file of caps abroad (TT 102/2012, TT 140/2025: per country, in a foreign currency). */
    public static final String FOREIGN = "FOREIGN";
    /**
     * The largest foreign amount of a file: 1 000 000 000 in its currency. A cap in yên or won is in the tens of
     * thousands; a bigger one is a typing slip.
     */
    public static final BigDecimal MAX_FOREIGN_AMOUNT = new BigDecimal("1000000000");
    /** At most this many decimals in a foreign amount ("60.5", "60.50", "12.3456"). */
    public static final int MAX_FOREIGN_DECIMALS = 4;
    /** Suggested file name extension for save dialogs. */
    public static final String FILE_EXTENSION = ".json";
    /**
     * Files above this size are refused before parsing. A complete set is about 4 kB; 1 MB leaves room for long
     * legal bases and keeps a wrong file (a video, a spreadsheet) cheap to refuse.
     */
    public static final long MAX_FILE_BYTES = 1024L * 1024;
    /**
     * The largest amount a value may have: 1 000 000 000 đ. Every figure of a rate set is per person, room, day or
     * session; a bigger one is a typing slip (zeros too many), not a rate.
     */
    public static final long MAX_AMOUNT = 1_000_000_000L;

    /** The file as the readers check it: its format name, versions, size limit and the wording of its refusals. */
    public static final ExchangeFile FILE = new ExchangeFile(NAME, VERSION, LATEST_VERSION, MAX_FILE_BYTES,
            new ExchangeFile.Keys("exchange.rateSet.error.tooLarge", "exchange.rateSet.error.empty", "exchange.rateSet.error.notUtf8",
                    "exchange.rateSet.error.tooComplex", "exchange.rateSet.error.notRateSet",
                    "exchange.rateSet.error.formatMissing", "exchange.rateSet.error.unsupportedVersion"));

    private RateSetFormat() {
    }
}
