package io.govshare.report.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The parts of the report's Markdown document that HTML, PDF and DOCX lay out alike: the masthead (title, month,
 * issuer, date) before the first section, table and figure captions, figures, the failed-checks notice and the
 * colophon after the last rule. Found from the document's shape, so the template stays plain Markdown.
 */
final class DocumentParts {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    /** What a block is; {@link #cssClass()} is its class in the HTML. A figure holds its chart and caption. */
    enum Part {
        TITLE("title"),
        EDITION("edition"),
        ISSUER("issuer"),
        DATE("date"),
        NOTICE("notice"),
        CAPTION("caption"),
        FIGURE("figure"),
        COLOPHON("colophon"),
        COLOPHON_LAST("colophon last");

        private final String cssClass;

        Part(String cssClass) {
            this.cssClass = cssClass;
        }

        String cssClass() {
            return this.cssClass;
        }
    }

    private final Document document;
    private final Map<Node, Part> parts = new IdentityHashMap<>();

    private DocumentParts(Document document) {
        this.document = document;
        classify();
    }

    static DocumentParts parse(String markdown) {
        return new DocumentParts((Document) PARSER.parse(markdown));
    }

    Document document() {
        return this.document;
    }

    /** The part of a block, or null for ordinary headings, paragraphs and tables. */
    Part partOf(Node node) {
        return this.parts.get(node);
    }

    private void classify() {
        boolean masthead = true;
        int mastheadParagraphs = 0;
        Node lastRule = null;
        for (Node n = this.document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ThematicBreak) {
                lastRule = n;
            }
        }
        boolean colophon = false;
        for (Node n = this.document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                masthead = false;
            }
            if (n == lastRule) {
                colophon = true;
                continue;
            }
            if (colophon) {
                this.parts.put(n, n.getNext() == null ? Part.COLOPHON_LAST : Part.COLOPHON);
            } else if (masthead && n instanceof Heading h && h.getLevel() == 1) {
                this.parts.put(n, Part.TITLE);
            } else if (masthead && n instanceof Paragraph) {
                Part[] order = {Part.EDITION, Part.ISSUER, Part.DATE};
                if (mastheadParagraphs < order.length) {
                    this.parts.put(n, order[mastheadParagraphs++]);
                }
            } else if (n instanceof BlockQuote) {
                this.parts.put(n, Part.NOTICE);
            } else if (isFigure(n)) {
                this.parts.put(n, Part.FIGURE);
            } else if (n instanceof Paragraph && (n.getNext() instanceof TableBlock || isFigure(n.getPrevious()))) {
                this.parts.put(n, Part.CAPTION);
            }
        }
    }

    /** A paragraph that starts with an image: the chart, then (after a line break) its caption. */
    static boolean isFigure(Node n) {
        return n instanceof Paragraph && n.getFirstChild() instanceof Image;
    }
}
