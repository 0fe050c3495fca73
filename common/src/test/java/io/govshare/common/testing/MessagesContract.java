package io.govshare.common.testing;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.govshare.common.error.MessageKey;
import io.govshare.common.i18n.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key of a service has an English and a Chinese text. A service's test extends this and lists its
 * keys, e.g. {@code List.of(CatalogMessages.values())}.
 */
public abstract class MessagesContract {

    /** The service's own message keys. */
    protected abstract List<? extends MessageKey> keys();

    @Test
    void everyKeyHasEnglishAndChinese() {
        assertThat(keys()).isNotEmpty();
        for (MessageKey key : keys()) {
            assertThat(Messages.has(key.key(), Locale.ENGLISH))
                    .as("%s in English", key.key())
                    .isTrue();
            assertThat(Messages.has(key.key(), Locale.CHINESE))
                    .as("%s in Chinese", key.key())
                    .isTrue();
        }
    }
}
