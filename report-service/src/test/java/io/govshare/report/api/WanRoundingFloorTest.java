package io.govshare.report.api;

import java.time.YearMonth;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import io.govshare.report.StubServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/** {@code report.wan-rounding=FLOOR} gives docs/statistics.md's floor; the checks compare calls, so they still pass. */
@QuarkusTest
@TestProfile(WanRoundingFloorTest.Floor.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(StubServices.class)
class WanRoundingFloorTest {

    /** The same service with 万 figures floored. */
    public static class Floor implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("report.wan-rounding", "FLOOR");
        }
    }

    @Test
    void floor_printsThePrefectureFiguresOneHundredthLower() {
        YearMonth month = ReportFixtures.aMonthWithSeedFigures();
        ReportFixtures.build(month)
                .statusCode(201)
                .body("edition.wanRounding", equalTo("FLOOR"))
                .body("checksOk", is(true));
        assertThat(ReportFixtures.markdown(month))
                .contains("交换数据3269.69万余次，其中省直部门提供数据服务2470.78万余次，使用数据2648.64万余次；" + "市州提供数据服务180.55万余次，使用数据621.04万余次。")
                .contains("| 1 | 省政务服务中心 | 1154.11 |");
    }
}
