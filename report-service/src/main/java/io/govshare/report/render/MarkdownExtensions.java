package io.govshare.report.render;

import io.quarkus.qute.TemplateExtension;

/** Escapes data for the Markdown template, so that a name or an editor's text never changes the document's shape. */
@TemplateExtension
final class MarkdownExtensions {

    private MarkdownExtensions() {}

    /** Text in a paragraph: Markdown punctuation escaped, line breaks folded into the paragraph. */
    static String md(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip().toCharArray()) {
            if ("\\`*_[]<>#|~!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text in a table cell: like {@link #md(String)}; the escaped pipe keeps the columns. */
    static String cell(String text) {
        return md(text);
    }
}
