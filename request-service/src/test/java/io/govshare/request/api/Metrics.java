package io.govshare.request.api;

import static io.restassured.RestAssured.given;

/** One value of {@code /q/metrics} (Prometheus text), by its name and labels as printed. */
final class Metrics {

    private Metrics() {}

    /** The value of the series {@code name} (e.g. {@code govshare_requests_open{status="SUBMITTED"}}). */
    static double value(String series) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no series " + series + " in /q/metrics");
    }
}
