package io.govshare.report.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The parts of the report's Markdown document that HTML, PDF and DOCX lay out alike: the masthead (title, month,
 * issuer, date) before the first section, table and figure captions, figures, the failed-checks notice and the
 * colophon (版记) from the first rule after the last heading: groups of lines parted by rules, a line whose paragraph
 * has a hard break holding a left and a right part (the office and the 印发 date). Found from the document's shape,
 * so the template stays plain Markdown.
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
        COLOPHON("colophon");

        private final String cssClass;

        Part(String cssClass) {
            this.cssClass = cssClass;
        }

        String cssClass() {
            return this.cssClass;
        }
    }

    /** One line of the colophon: its text, and the text set flush right on the same line (or null). */
    record ColophonLine(String left, String right) {}

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

    /** The colophon's lines in their groups (the rules between groups are thin, the outer ones thick). */
    List<List<ColophonLine>> colophon() {
        List<List<ColophonLine>> groups = new ArrayList<>();
        List<ColophonLine> group = new ArrayList<>();
        for (Node n = this.document.getFirstChild(); n != null; n = n.getNext()) {
            if (this.parts.get(n) != Part.COLOPHON) {
                continue;
            }
            if (n instanceof ThematicBreak) {
                if (!group.isEmpty()) {
                    groups.add(group);
                }
                group = new ArrayList<>();
            } else {
                group.add(line(n));
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static ColophonLine line(Node paragraph) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = null;
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HardLineBreak) {
                right = new StringBuilder();
            } else {
                (right == null ? left : right).append(text(n));
            }
        }
        return new ColophonLine(
                left.toString().strip(), right == null ? null : right.toString().strip());
    }

    private void classify() {
        Node lastHeading = null;
        for (Node n = this.document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading) {
                lastHeading = n;
            }
        }
        boolean masthead = true;
        boolean colophon = false;
        int mastheadParagraphs = 0;
        boolean afterLastHeading = lastHeading == null;
        for (Node n = this.document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                masthead = false;
            }
            if (n == lastHeading) {
                afterLastHeading = true;
            }
            if (afterLastHeading && !masthead && n instanceof ThematicBreak) {
                colophon = true;
            }
            if (colophon) {
                this.parts.put(n, Part.COLOPHON);
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

    /** The caption of a figure: the text after its image. */
    static String figureCaption(Node figure) {
        StringBuilder caption = new StringBuilder();
        for (Node n = figure.getFirstChild().getNext(); n != null; n = n.getNext()) {
            caption.append(text(n));
        }
        return caption.toString().strip();
    }

    /** The plain text of a node and its children; a line break inside a paragraph is a space. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }
        });
        return text.toString();
    }
}
