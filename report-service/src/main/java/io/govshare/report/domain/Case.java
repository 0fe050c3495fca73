package io.govshare.report.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A typical case of data use (数据应用典型案例): a title and its paragraphs, written by the editor. */
@Schema(name = "ReportCase", description = "A typical case of data use (数据应用典型案例)")
public record Case(String title, List<String> paragraphs) {

    public Case {
        paragraphs = List.copyOf(paragraphs);
    }
}
