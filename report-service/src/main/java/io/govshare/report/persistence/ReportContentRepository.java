package io.govshare.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

/** The editorial content per month. */
@ApplicationScoped
@WithSession
public class ReportContentRepository implements PanacheRepositoryBase<ReportContentEntity, String> {}
