package io.govshare.exchange.domain;

/** The two roles of an organization in an exchange (docs/statistics.md): it provides data, or it uses (consumes) it. */
public enum Side {
    PROVIDER,
    CONSUMER
}
