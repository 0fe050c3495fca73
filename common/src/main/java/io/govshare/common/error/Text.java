package io.govshare.common.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.govshare.common.i18n.Messages;

/**
 * A message to be shown to a person: a key of the message bundles and its arguments, rendered in the caller's
 * language when the answer is written. Arguments may themselves be {@link Text} or {@link MessageKey}.
 */
public record Text(String key, List<Object> args) {

    public Text {
        args = List.copyOf(args);
    }

    public static Text of(MessageKey key, Object... args) {
        return new Text(key.key(), Arrays.asList(args));
    }

    /** The text in the given language ({@link Locale#ENGLISH} or {@link Locale#CHINESE}). */
    public String render(Locale locale) {
        return Messages.render(this, locale);
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
