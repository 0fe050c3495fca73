package io.govshare.request.service;

import java.util.List;

import io.govshare.request.domain.HistoryEvent;

/** One historical request of an import (docs/api.md), as the former platform describes it. */
public record ImportItem(
        String externalId,
        String applicantOrg,
        String resourceCode,
        String resubmissionOf,
        String purpose,
        String legalBasis,
        List<HistoryEvent> events) {}
