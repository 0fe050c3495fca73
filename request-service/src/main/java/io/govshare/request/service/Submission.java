package io.govshare.request.service;

import java.time.LocalDate;
import java.util.List;

/** What an applicant asks for (docs/api.md {@code POST /share-requests}). */
public record Submission(
        String resourceCode, String purpose, String legalBasis, List<String> items, LocalDate validUntil) {}
