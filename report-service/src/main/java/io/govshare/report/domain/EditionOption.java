package io.govshare.report.domain;

/**
 * What an edition may print beyond the sentences of the October 2023 report (docs/report.md, "Editions"). The
 * default edition has none of them; each is switched on by configuration ({@code report.edition.options}).
 */
public enum EditionOption {
    /** 环比: the change against the month before, printed only when that month has a published version. */
    MONTH_ON_MONTH,
    /** 一(一): the rejections per node (受理、审核、签发). */
    REJECTIONS_BY_NODE,
    /** 一(二): the national ministries' calls and their share of all exchanges. */
    NATIONAL_SHARE,
    /** Bar charts under the four ranking tables (表3-2, 表3-3, 表4-1, 表4-2). */
    CHARTS
}
