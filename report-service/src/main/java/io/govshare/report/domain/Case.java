package io.govshare.report.domain;

import java.util.List;

/** A typical case of data use (数据应用典型案例): a title and its paragraphs, written by the editor. */
public record Case(String title, List<String> paragraphs) {

    public Case {
        paragraphs = List.copyOf(paragraphs);
    }
}
