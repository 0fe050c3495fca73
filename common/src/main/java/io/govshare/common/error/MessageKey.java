package io.govshare.common.error;

/**
 * A message of the bundles ({@code messages/common*.properties} and a service's {@code messages/service*.properties}),
 * in English and Chinese. Services declare their keys as enums implementing this, so that a test can check that
 * every key has both texts.
 */
public interface MessageKey {

    /** The property key, e.g. {@code input.month}. */
    String key();
}
