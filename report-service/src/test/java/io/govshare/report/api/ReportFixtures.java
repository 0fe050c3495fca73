package io.govshare.report.api;

import java.time.YearMonth;

import io.restassured.response.ValidatableResponse;

import io.govshare.report.Months;
import io.govshare.report.StubServices;
import io.govshare.report.Tokens;

import static io.restassured.RestAssured.given;

/** Reports built through the API, each for a month of its own. */
final class ReportFixtures {

    private ReportFixtures() {}

    /** A fresh month whose services answer with the seed's figures (every check passes). */
    static YearMonth aMonthWithSeedFigures() {
        YearMonth month = Months.fresh();
        StubServices.serveSeed(month);
        return month;
    }

    /** {@code month} with the seed's figures, one text of the request statistics replaced (e.g. another count). */
    static void aMonthWithSeedFiguresAnd(YearMonth month, String was, String now) {
        StubServices.serveSeed(month);
        StubServices.serve(
                month,
                "stats",
                StubServices.json(StubServices.seed("stats")
                        .replace("\"2023-10\"", "\"" + month + "\"")
                        .replace(was, now)));
    }

    /** A fresh month with the seed's figures except that decided is 240, not signed + rejected = 241. */
    static YearMonth aMonthWhereDecidedIsWrong() {
        YearMonth month = Months.fresh();
        aMonthWithSeedFiguresAnd(month, "\"decided\": 241", "\"decided\": 240");
        return month;
    }

    /** The demo content of October 2023 (issue date, the typical case) as the content of {@code month}. */
    static void demoContent(YearMonth month) {
        try {
            String content = java.nio.file.Files.readString(
                            java.nio.file.Path.of("../demo/2023-10/report-content.json"))
                    .replaceFirst("\"month\"\\s*:\\s*\"2023-10\",", "");
            given().auth()
                    .oauth2(Tokens.editor())
                    .contentType("application/json")
                    .body(content)
                    .put("/api/v1/reports/" + month + "/content")
                    .then()
                    .statusCode(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A rendering of the latest version of a month. */
    static byte[] download(YearMonth month, String format) {
        return given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", format)
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    static ValidatableResponse build(YearMonth month) {
        return given().auth()
                .oauth2(Tokens.editor())
                .post("/api/v1/reports/" + month + "/build")
                .then();
    }

    static ValidatableResponse publish(YearMonth month, String body) {
        var request = given().auth().oauth2(Tokens.editor());
        if (body != null) {
            request = request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/reports/" + month + "/publish").then();
    }

    static String markdown(YearMonth month) {
        return given().auth()
                .oauth2(Tokens.editor())
                .queryParam("format", "md")
                .get("/api/v1/reports/" + month)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
