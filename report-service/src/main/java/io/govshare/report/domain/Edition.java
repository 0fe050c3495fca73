package io.govshare.report.domain;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What the report says about itself, fixed at build: the province and issuer, the issue date, the colophon, the
 * rounding of 万 figures, the optional sentences and charts it prints beyond the seed's (empty: the default edition)
 * and the fonts it was laid out with, so that a later change of configuration does not change a built report.
 */
public record Edition(
        String province,
        String issuer,
        LocalDate issueDate,
        Colophon colophon,
        RoundingMode wanRounding,
        List<EditionOption> options,
        List<FontChoice> fonts) {

    public Edition {
        // versions built before editions existed read as the default edition
        options = options == null
                ? List.of()
                : options.stream().distinct().sorted(Comparator.naturalOrder()).toList();
        fonts = fonts == null ? List.of() : List.copyOf(fonts);
    }

    public boolean has(EditionOption option) {
        return this.options.contains(option);
    }
}
