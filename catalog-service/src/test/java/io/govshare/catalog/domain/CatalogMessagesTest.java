package io.govshare.catalog.domain;

import java.util.List;

import io.govshare.common.error.MessageKey;
import io.govshare.common.testing.MessagesContract;

class CatalogMessagesTest extends MessagesContract {

    @Override
    protected List<? extends MessageKey> keys() {
        return List.of(CatalogMessages.values());
    }
}
