package io.govshare.report.render;

import java.util.List;

/**
 * The five fonts of a Chinese official document (GB/T 9704-2012) and what stands in for each when the deployment
 * does not provide it: the names the official font is known by (family, full or PostScript name, any language), and
 * the open TrueType fallbacks by file name, best first.
 */
public enum FontRole {
    /** The red masthead title: 方正小标宋简体. */
    TITLE(
            "title",
            "方正小标宋简体",
            List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZXBSJW--GB1-0"),
            List.of(Fonts.SERIF_BOLD)),
    /** Body text, tables and the colophon: 仿宋_GB2312. */
    BODY("body", "仿宋_GB2312", List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong"), List.of(Fonts.SERIF_REGULAR)),
    /** First-level headings (一、), table heads and captions: 黑体. */
    HEADING1("heading1", "黑体", List.of("黑体", "SimHei"), List.of(Fonts.SANS_BOLD)),
    /** Second-level headings (（一）): 楷体_GB2312. */
    HEADING2(
            "heading2",
            "楷体_GB2312",
            List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"),
            List.of(Fonts.KAI, Fonts.WENKAI, Fonts.SERIF_REGULAR)),
    /** Page numbers: 宋体. */
    NUMBER("number", "宋体", List.of("宋体", "SimSun"), List.of(Fonts.SERIF_REGULAR));

    private final String key;
    private final String wanted;
    private final List<String> officialNames;
    private final List<String> fallbacks;

    FontRole(String key, String wanted, List<String> officialNames, List<String> fallbacks) {
        this.key = key;
        this.wanted = wanted;
        this.officialNames = officialNames;
        this.fallbacks = fallbacks;
    }

    /** The role's name in the report's metadata. */
    public String key() {
        return this.key;
    }

    /** The official font of the role. */
    public String wanted() {
        return this.wanted;
    }

    /** How early in the list of official names {@code name} comes; -1 when it is none of them. */
    int officialRank(String name) {
        return this.officialNames.indexOf(name);
    }

    /** The file names of the open fallbacks, best first. */
    List<String> fallbacks() {
        return this.fallbacks;
    }
}
