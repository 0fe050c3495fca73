package io.govshare.report.domain;

/**
 * The font a report uses for one role: the official font of Chinese official documents it stands for
 * ({@code wanted}, e.g. 仿宋_GB2312) and the font actually used, which is that font when the deployment provides it
 * and an open fallback otherwise.
 *
 * @param role title, body, heading1, heading2 or number
 * @param wanted the official font of the role (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体)
 * @param family the family name of the font used, as a word processor names it
 * @param postScriptName the PostScript name of the font used, as the PDF names it
 * @param bold whether the font used is the bold style of its family
 * @param official whether the font used is the official font
 */
public record FontChoice(
        String role, String wanted, String family, String postScriptName, boolean bold, boolean official) {

    /** "仿宋_GB2312" or "Noto Serif SC Bold (for 方正小标宋简体)": what a reader of the metadata is told. */
    public String describe() {
        if (this.official) {
            return this.family;
        }
        return this.family + (this.bold ? " Bold" : "") + "（代" + this.wanted + "）";
    }
}
