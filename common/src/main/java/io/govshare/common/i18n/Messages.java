package io.govshare.common.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.govshare.common.error.MessageKey;
import io.govshare.common.error.Text;

/**
 * The message texts in English and Chinese: {@code messages/common.properties} (this library) and
 * {@code messages/service.properties} (each service's own), with {@code _zh} variants. A message has positional
 * arguments {@code {0}}, {@code {1}} …, replaced as they are (no {@link java.text.MessageFormat} quoting rules).
 * A key missing from a language falls back to English, and a key missing from both shows as itself.
 */
public final class Messages {

    /** The languages we answer in; anything else gets English. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);

    private static final List<String> BUNDLES = List.of("messages.service", "messages.common");
    private static final ConcurrentMap<Locale, List<ResourceBundle>> CACHE = new ConcurrentHashMap<>();

    private Messages() {}

    /** The text of a message in a language. */
    public static String render(Text text, Locale locale) {
        Locale language = supported(locale);
        String pattern = lookup(text.key(), language)
                .or(() -> lookup(text.key(), Locale.ENGLISH))
                .orElse(text.key());
        return substitute(pattern, text.args(), language);
    }

    /** The text of a key without arguments. */
    public static String render(MessageKey key, Locale locale) {
        return render(Text.of(key), locale);
    }

    /** True when the key has a text in that language itself (no fallback). */
    public static boolean has(String key, Locale locale) {
        return lookup(key, supported(locale)).isPresent();
    }

    /** {@link Locale#CHINESE} for any {@code zh} locale, otherwise {@link Locale#ENGLISH}. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static Optional<String> lookup(String key, Locale language) {
        for (ResourceBundle bundle : bundles(language)) {
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }

    private static List<ResourceBundle> bundles(Locale language) {
        return CACHE.computeIfAbsent(language, Messages::load);
    }

    private static List<ResourceBundle> load(Locale language) {
        // no fallback to the JVM's default locale: English is the base bundle, Chinese the _zh one
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> found = new ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(ResourceBundle.getBundle(name, language, Messages.class.getClassLoader(), control));
            } catch (MissingResourceException e) {
                // a service without messages of its own
            }
        }
        return List.copyOf(found);
    }

    private static String substitute(String pattern, List<Object> args, Locale language) {
        String result = pattern;
        for (int i = 0; i < args.size(); i++) {
            result = result.replace("{" + i + "}", argument(args.get(i), language));
        }
        return result;
    }

    private static String argument(Object arg, Locale language) {
        if (arg instanceof Text text) {
            return render(text, language);
        }
        if (arg instanceof MessageKey key) {
            return render(key, language);
        }
        return String.valueOf(arg);
    }
}
