package io.govshare.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates (src/main/resources/templates), checked against their views when the console is built. */
@CheckedTemplate
public final class Views {

    private Views() {}

    public static native TemplateInstance home(Frame frame, HomePage.View view);

    public static native TemplateInstance inbox(Frame frame, RequestPages.ListView view);

    public static native TemplateInstance requests(Frame frame, RequestPages.ListView view);

    public static native TemplateInstance detail(Frame frame, RequestPages.DetailView view);

    public static native TemplateInstance apply(Frame frame, ApplyPage.SearchView view);

    public static native TemplateInstance applyForm(Frame frame, ApplyPage.FormView view);

    public static native TemplateInstance reports(Frame frame, ReportPages.ListView view);

    public static native TemplateInstance adminReports(Frame frame, AdminReportsPage.View view);

    public static native TemplateInstance adminLedger(Frame frame, AdminPages.LedgerView view);

    public static native TemplateInstance adminCatalog(Frame frame, AdminPages.CatalogView view);

    public static native TemplateInstance error(Frame frame, ErrorPages.View view);

    public static native TemplateInstance signedOut(Frame frame);
}
