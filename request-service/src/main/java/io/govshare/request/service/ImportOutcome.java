package io.govshare.request.service;

import java.util.List;

import io.govshare.common.error.Text;

/** What an import did: items stored now, items found stored already with the same history, and refused items. */
public record ImportOutcome(int imported, int unchanged, List<ItemError> errors) {

    /** A refused item: its position in the batch, its external id and why; nothing of it was stored. */
    public record ItemError(int index, String externalId, String field, Text message) {}
}
