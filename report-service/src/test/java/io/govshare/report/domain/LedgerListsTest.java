package io.govshare.report.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerListsTest {

    @Test
    void groupsByStatus_keepingTheCatalogOrder_andPrintsTheShortName() {
        LocalDate d = LocalDate.of(2023, 10, 1);
        LedgerLists lists = LedgerLists.of(
                "2023-10-31",
                List.of(
                        new LedgerUnit("gz.mzt", "省民政厅", null, "COMPLETED", d, null),
                        new LedgerUnit("gz.whlyt", "省文化和旅游厅", "", "IN_PROGRESS", d, null),
                        new LedgerUnit("gz.yjglt", "省应急管理厅", "省应急厅", "SCHEDULED", d, d.plusDays(30)),
                        new LedgerUnit("gz.rst", "省人力资源社会保障厅", "省人社厅", "SCHEDULED", d, d.plusDays(40)),
                        new LedgerUnit("gz.x", "省某局", null, "NOT_STARTED", d, null)));
        assertThat(lists.completed()).containsExactly("省民政厅");
        assertThat(lists.inProgress()).containsExactly("省文化和旅游厅");
        assertThat(lists.scheduled()).containsExactly("省应急厅", "省人社厅");
    }
}
