package io.govshare.report.domain;

import java.util.List;

import io.govshare.common.error.MessageKey;
import io.govshare.common.testing.MessagesContract;

class ReportMessagesTest extends MessagesContract {

    @Override
    protected List<? extends MessageKey> keys() {
        return List.of(ReportMessages.values());
    }
}
