package io.govshare.console.web;

import java.util.List;

/** The frame every page is drawn in (templates/layout.html): title, who is signed in, the menu. */
public record Frame(String title, String user, String orgName, List<MenuItem> menu) {

    /** One menu entry; {@code active} marks the current page ({@code aria-current="page"}). */
    public record MenuItem(String path, String label, boolean active) {}
}
