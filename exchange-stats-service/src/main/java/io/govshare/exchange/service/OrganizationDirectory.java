package io.govshare.exchange.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.govshare.exchange.client.CatalogClient;
import io.govshare.exchange.config.ExchangeConfig;
import io.govshare.exchange.domain.Directory;

/**
 * The catalog's organizations and regions, cached. A copy older than the TTL keeps answering while a new one loads in
 * the background; a code the copy does not know reloads it at once (at most once per minimum interval), so an
 * organization created in the catalog a moment ago is known to the next batch and the next query. Concurrent reloads
 * share one call to the catalog.
 */
@ApplicationScoped
public class OrganizationDirectory {

    private final CatalogClient catalog;
    private final Duration ttl;
    private final Duration minRefreshInterval;
    private Directory current;
    private Instant loadedAt = Instant.EPOCH;
    private Instant lastAttempt = Instant.EPOCH;
    private Uni<Directory> loading;

    public OrganizationDirectory(CatalogClient catalog, ExchangeConfig config) {
        this.catalog = catalog;
        this.ttl = config.catalog().cacheTtl();
        this.minRefreshInterval = config.catalog().minRefreshInterval();
    }

    /** The directory, loading it first if there is none yet. */
    public Uni<Directory> get() {
        Directory directory;
        boolean stale;
        synchronized (this) {
            directory = this.current;
            stale = Instant.now().isAfter(this.loadedAt.plus(this.ttl));
        }
        if (directory == null) {
            return reload();
        }
        if (stale) {
            reload().subscribe()
                    .with(d -> {}, e -> Log.warnf("background reload of the catalog directory failed: %s", e));
        }
        return Uni.createFrom().item(directory);
    }

    /** The directory, reloaded first if it does not know every one of the codes (and it was not just reloaded). */
    public Uni<Directory> knowing(Collection<String> orgCodes) {
        return get().flatMap(directory -> {
            if (directory.knowsAll(orgCodes) || !mayReload()) {
                return Uni.createFrom().item(directory);
            }
            Log.debugf("unknown organization codes; reloading the catalog directory");
            return reload();
        });
    }

    private synchronized boolean mayReload() {
        return Instant.now().isAfter(this.lastAttempt.plus(this.minRefreshInterval)) || this.loading != null;
    }

    private synchronized Uni<Directory> reload() {
        if (this.loading == null) {
            this.lastAttempt = Instant.now();
            this.loading = this.catalog
                    .loadDirectory()
                    .onItemOrFailure()
                    .invoke((directory, failure) -> loaded(directory))
                    .memoize()
                    .indefinitely();
        }
        return this.loading;
    }

    private synchronized void loaded(Directory directory) {
        if (directory != null) {
            this.current = directory;
            this.loadedAt = Instant.now();
        }
        this.loading = null;
    }
}
