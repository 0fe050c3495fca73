package io.govshare.request.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a new request is made of, once the catalog has named its provider and channel: from a submission, a
 * resubmission or an imported history.
 */
public record NewShareRequest(
        Parties parties,
        String resourceCode,
        String resourceName,
        Channel channel,
        String purpose,
        String legalBasis,
        List<String> items,
        LocalDate validUntil,
        UUID resubmissionOf,
        String externalId,
        String importHash) {

    public NewShareRequest {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
