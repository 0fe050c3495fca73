package io.govshare.exchange.api;

import static io.restassured.RestAssured.given;

/** One value of {@code /q/metrics} (Prometheus text), by its name and labels as printed. */
public final class Metrics {

    private Metrics() {}

    /** The value of the series (e.g. {@code govshare_exchange_batches_refused_total{reason="invalid"}}). */
    public static double value(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no series " + series + " in /q/metrics");
    }

    public static String refused(String reason) {
        return "govshare_exchange_batches_refused_total{reason=\"" + reason + "\"}";
    }
}
