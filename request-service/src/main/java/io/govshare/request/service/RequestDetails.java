package io.govshare.request.service;

import java.util.List;

import io.govshare.request.domain.ShareRequestAction;
import io.govshare.request.persistence.RequestEventEntity;
import io.govshare.request.persistence.ShareRequestEntity;

/**
 * A request as one caller sees it: the stored request, its history, the actions this caller may take now, and
 * whether the provider is late.
 */
public record RequestDetails(
        ShareRequestEntity request,
        List<RequestEventEntity> history,
        List<ShareRequestAction> availableActions,
        boolean overdue) {}
