package rs.glasnik.locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import rs.glasnik.model.LocaleTag;

/**
 * Everything a reader sees that the author did not type, formatted for one locale with ICU: labels,
 * dates and letter case.
 *
 * <p>{@code LocaleFormats.of(LocaleTag.SR_CYRL, labels).longDate(date)} gives {@code 27. новембар
 * 2026.}
 */
public final class LocaleFormats {
    /** The label with the month names in the genitive (Serbian: јануара … децембра). */
    static final String GENITIVE_MONTHS = "date.genitive-months";

    private final LocaleTag locale;
    private final ULocale ulocale;
    private final Map<String, String> labels;

    private LocaleFormats(LocaleTag locale, Map<String, String> labels, ULocale ulocale) {
        this.locale = locale;
        this.ulocale = ulocale;
        this.labels = Map.copyOf(labels);
    }

    /**
     * @param labels the locale's label bundle: label name to ICU MessageFormat pattern
     */
    public static LocaleFormats of(LocaleTag locale, Map<String, String> labels) {
        return new LocaleFormats(Objects.requireNonNull(locale), labels, ulocale(locale));
    }

    /**
     * As {@link #of(LocaleTag, Map)}, with English formatted as {@code en-GB} (27 November 2026) or
     * {@code en-US} (November 27, 2026).
     */
    public static LocaleFormats of(LocaleTag locale, Map<String, String> labels, String english) {
        ULocale u = locale == LocaleTag.EN ? ULocale.forLanguageTag(english) : ulocale(locale);
        return new LocaleFormats(Objects.requireNonNull(locale), labels, u);
    }

    /** Formats an ICU message pattern of this locale that is not a label (a house dateline). */
    public String message(String pattern, Map<String, Object> args) {
        return new MessageFormat(pattern, ulocale).format(args);
    }

    /** The ICU locale with region: sr_Cyrl_RS, sr_Latn_RS, en_GB. */
    static ULocale ulocale(LocaleTag locale) {
        return ULocale.forLanguageTag(locale.regionalTag());
    }

    public LocaleTag locale() {
        return locale;
    }

    /** A label with its arguments filled in: {@code label("page", Map.of("page", 1, ...))}. */
    public String label(String key, Map<String, Object> args) {
        String pattern = labels.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no label '" + key + "' for " + locale);
        }
        return new MessageFormat(pattern, ulocale).format(args);
    }

    public String label(String key) {
        return label(key, Map.of());
    }

    /** The long date of the locale: 27. новембар 2026. / 27 November 2026. */
    public String longDate(ZonedDateTime when) {
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ulocale);
        format.setTimeZone(TimeZone.getTimeZone(when.getZone().getId()));
        return format.format(Date.from(when.toInstant()));
    }

    /**
     * The long date in the genitive, as Serbian writes it after a preposition or as the day of an
     * event: {@code до 14. децембра 2026.}; the long date in English. ICU has no genitive month
     * names for Serbian (its format and stand-alone forms are both {@code децембар}), so they come
     * from the label {@code date.genitive-months}, twelve names separated by spaces.
     */
    public String longDateGenitive(ZonedDateTime when) {
        String months = labels.get(GENITIVE_MONTHS);
        DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, ulocale);
        if (months != null && format instanceof SimpleDateFormat simple) {
            String[] names = months.strip().split("\\s+");
            if (names.length != 12) {
                throw new IllegalArgumentException(
                        GENITIVE_MONTHS
                                + " for "
                                + locale
                                + " names "
                                + names.length
                                + " months, not 12");
            }
            DateFormatSymbols symbols = simple.getDateFormatSymbols();
            symbols.setMonths(names, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            simple.setDateFormatSymbols(symbols);
        }
        format.setTimeZone(TimeZone.getTimeZone(when.getZone().getId()));
        return format.format(Date.from(when.toInstant()));
    }

    /**
     * The time of day in the moment's own zone: 10.00 in Serbian (hours and minutes with a full
     * stop, as the Pravopis writes them), 10:00 in en-GB, 10:00 AM in en-US.
     */
    public String time(ZonedDateTime when) {
        DateFormat format =
                locale.isSerbian()
                        ? new SimpleDateFormat("H.mm", ulocale)
                        : DateFormat.getTimeInstance(DateFormat.SHORT, ulocale);
        format.setTimeZone(TimeZone.getTimeZone(when.getZone().getId()));
        return format.format(Date.from(when.toInstant()));
    }

    /**
     * The arguments of a label that names a moment (an embargo): {@code date} (the long date),
     * {@code dateGenitive} (the same after a preposition: до 14. децембра 2026.) and {@code time}.
     */
    public Map<String, Object> moment(ZonedDateTime when) {
        return Map.of(
                "date", longDate(when), "dateGenitive", longDateGenitive(when), "time", time(when));
    }

    /** Long date and short time in the moment's own zone, for embargo lines. */
    public String longDateTime(ZonedDateTime when) {
        DateFormat format =
                DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, ulocale);
        format.setTimeZone(TimeZone.getTimeZone(when.getZone().getId()));
        return format.format(Date.from(when.toInstant()));
    }

    /**
     * The BCP 47 tag, with region, that texts in this locale are tagged with: en-US, sr-Cyrl-RS.
     */
    public String languageTag() {
        return ulocale.toLanguageTag();
    }

    /** A label's pattern as written, for renderers that fill it with fields (page numbers). */
    public String rawLabel(String key) {
        String pattern = labels.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no label '" + key + "' for " + locale);
        }
        return pattern;
    }

    /** A number as the locale writes it: 1.234,5 / 1,234.5. */
    public String number(double value) {
        return NumberFormat.getInstance(ulocale).format(value);
    }

    /** A fraction as a percentage: 0.255 is 26 % in the locale's form. */
    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(ulocale).format(fraction);
    }

    /** An amount of money in a currency (ISO 4217: RSD, EUR): 1.234,50 RSD / RSD 1,234.50. */
    public String money(double amount, String currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(ulocale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /**
     * The name of a language in this locale, as ICU gives it: српски (ћирилица), English, srpski
     * (latinica).
     */
    public String languageName(LocaleTag language) {
        return ULocale.forLanguageTag(language.tag()).getDisplayName(ulocale);
    }

    /** Items joined as the locale lists them: А, Б и В / A, B and C. */
    public String list(List<String> items) {
        return ListFormatter.getInstance(ulocale).format(items);
    }

    /**
     * A comparator that sorts by the locale's alphabet: the azbuka for Cyrillic, and for Serbian
     * Latin lj, nj, dž as single letters after l, n, d (plain "sr" gets Latin wrong, so the
     * collator is chosen by script).
     */
    public Comparator<String> collator() {
        Collator collator = Collator.getInstance(ulocale);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> collator.compare(a, b);
    }

    /** The typography pass of this locale, with the quotation marks its labels set. */
    public Typography typography() {
        return Typography.of(
                locale,
                labels.getOrDefault("typography.quotes", locale.isSerbian() ? "„“" : "“”"),
                labels.getOrDefault("typography.inner-quotes", locale.isSerbian() ? "’’" : "‘’"));
    }

    /** Upper case by the locale's rules, for datelines and type labels. */
    public String upper(String text) {
        return UCharacter.toUpperCase(ulocale, text);
    }
}
