package io.govshare.exchange.domain;

import java.util.List;

import io.govshare.common.error.MessageKey;
import io.govshare.common.testing.MessagesContract;

class ExchangeMessagesTest extends MessagesContract {

    @Override
    protected List<? extends MessageKey> keys() {
        return List.of(ExchangeMessages.values());
    }
}
