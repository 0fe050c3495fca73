package io.govshare.common.i18n;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The caller's language from {@code Accept-Language}: Chinese for any {@code zh}, English otherwise. */
public final class Languages {

    private Languages() {}

    /** {@link Locale#CHINESE} when the most preferred supported language is Chinese, else English. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Locale.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight)
                        .reversed())
                .map(range -> range.getRange().toLowerCase(Locale.ROOT))
                .filter(range -> range.startsWith("zh") || range.startsWith("en"))
                .findFirst()
                .map(range -> range.startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH)
                .orElse(Locale.ENGLISH);
    }
}
