package io.govshare.report.render;

/**
 * The page of a Chinese official document after GB/T 9704-2012, in points, shared by the PDF and the DOCX: A4,
 * margins 37 mm (top), 35 mm (bottom), 28 mm (left), 26 mm (right), a type area of 156 × 225 mm holding 22 lines of
 * 28 characters of 3号 (16 pt) text; page numbers in 4号 (14 pt) 7 mm under the type area.
 */
public final class Layout {

    /** One millimetre in points. */
    public static final float MM = 72f / 25.4f;

    public static final float PAGE_WIDTH = 210 * MM;
    public static final float PAGE_HEIGHT = 297 * MM;
    public static final float TOP = 37 * MM;
    public static final float BOTTOM = 35 * MM;
    public static final float LEFT = 28 * MM;
    public static final float RIGHT = 26 * MM;
    public static final float TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    public static final float TEXT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM;

    /** Lines per page and characters per line of body text. */
    public static final int LINES = 22;

    public static final int CHARS = 28;

    /** The distance of two lines of the grid (28.99 pt) and the width of one character (15.79 pt). */
    public static final float LINE_PITCH = TEXT_HEIGHT / LINES;

    public static final float CHAR_PITCH = TEXT_WIDTH / CHARS;

    /** 3号: body text and headings. */
    public static final float BODY_SIZE = 16;
    /** 4号: page numbers, the colophon, tables and captions. */
    public static final float SMALL_SIZE = 14;
    /** The red title (小标宋) and the space between its characters. */
    public static final float TITLE_SIZE = 28;

    public static final float TITLE_SPACING = 4;
    /** Page numbers start 7 mm under the type area. */
    public static final float NUMBER_GAP = 7 * MM;
    /** The colophon's first and last rules (0.35 mm) and the rules between its parts (0.25 mm). */
    public static final float THICK_RULE = 0.35f * MM;

    public static final float THIN_RULE = 0.25f * MM;
    /** The red rule under the masthead, 4 mm under the issuer's line. */
    public static final float MASTHEAD_RULE = 0.6f * MM;

    public static final float MASTHEAD_RULE_GAP = 4 * MM;
    /** The red of the masthead. */
    public static final int RED = 0xC00000;

    private Layout() {}

    /** Points as twentieths of a point (twips), the unit of WordprocessingML. */
    public static int twips(float points) {
        return Math.round(points * 20);
    }

    /** Millimetres as twips. */
    public static int twipsOfMm(float mm) {
        return Math.round(mm * 1440 / 25.4f);
    }
}
