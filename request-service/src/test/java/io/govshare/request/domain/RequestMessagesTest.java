package io.govshare.request.domain;

import java.util.List;

import io.govshare.common.error.MessageKey;
import io.govshare.common.testing.MessagesContract;

/** Every text of request-service has its English and its Chinese version. */
class RequestMessagesTest extends MessagesContract {

    @Override
    protected List<? extends MessageKey> keys() {
        return List.of(RequestMessages.values());
    }
}
