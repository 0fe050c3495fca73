package io.govshare.report.domain;

/** The colophon (版记) of a report: to whom it is reported, sent and issued, the office and the print run. */
public record Colophon(
        String reportTo,
        String sendTo,
        String issueTo,
        String office,
        Integer printedCopies,
        Integer electronicCopies) {

    /** This colophon with every missing field taken from {@code defaults}. */
    public Colophon orElse(Colophon defaults) {
        return new Colophon(
                or(this.reportTo, defaults.reportTo),
                or(this.sendTo, defaults.sendTo),
                or(this.issueTo, defaults.issueTo),
                or(this.office, defaults.office),
                this.printedCopies != null ? this.printedCopies : defaults.printedCopies,
                this.electronicCopies != null ? this.electronicCopies : defaults.electronicCopies);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
