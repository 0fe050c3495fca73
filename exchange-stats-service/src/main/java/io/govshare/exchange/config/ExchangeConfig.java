package io.govshare.exchange.config;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of exchange-stats-service. */
@ConfigMapping(prefix = "exchange")
public interface ExchangeConfig {

    /** The platform time zone: days and months of records and statistics are calendar days in this zone. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** The most records one batch may hold; a larger batch is refused with 413. */
    @WithDefault("100000")
    int maxBatchRecords();

    /** How many threads store batches at once; each holds one JDBC connection while it writes. */
    @WithDefault("2")
    int batchWriters();

    /** The most records the batch writer stores in one transaction when several batches are waiting. */
    @WithDefault("300000")
    int maxGroupRecords();

    /**
     * How many months back (before the current month) a record may lie; 0 accepts any past month. Set it before
     * dropping old {@code record_id} partitions, so that a record whose id is no longer kept cannot be counted again.
     */
    @WithDefault("0")
    int maxRecordAgeMonths();

    /**
     * How far in the future a record's {@code occurredAt} may lie: the clocks of gateways may run a little ahead; a
     * record further ahead is a mistake and refuses its batch.
     */
    @WithDefault("P1D")
    Duration maxClockSkew();

    /** The per-client limits of {@code POST /exchange-records} (README "Load shedding"). */
    Ingest ingest();

    /** The catalog directory cache. */
    Catalog catalog();

    /** The merging of aggregate rows that batches append (README "Storage"). */
    Compaction compaction();

    /** How often the rows of a key that batches appended are merged into one. */
    interface Compaction {

        /**
         * The pause between two compaction passes; each pass merges the months that are due.
         * {@code PT0S} turns the compactor off (statistics stay exact, only slower).
         */
        @WithDefault("PT10S")
        Duration interval();

        /** A month is merged once this many batches have added rows to it since its last merge. */
        @WithDefault("4")
        int batches();

        /** … or once the first batch that added rows to it since its last merge is this old. */
        @WithDefault("PT1H")
        Duration maxDelay();
    }

    /**
     * The ingestion door: each client (the token's {@code azp}, else its subject) may have a few batches in progress
     * at once and post records at a sustained rate; beyond either it gets 429 with {@code Retry-After}, so that one
     * runaway gateway cannot take the service from the others and from the statistics queries.
     */
    interface Ingest {

        /** Batches of one client in progress at once (from the moment they are admitted until they are answered). */
        @WithDefault("4")
        int maxConcurrentBatches();

        /** Records a second one client may post, sustained; 0 turns the rate limit off. */
        @WithDefault("200000")
        int recordsPerSecond();

        /** Records one client may post at once beyond its rate (the size of its token bucket). */
        @WithDefault("1000000")
        int burstRecords();
    }

    /** How the organizations and regions of catalog-service are cached. */
    interface Catalog {

        /** After this age the directory is reloaded in the background while the old copy keeps answering. */
        @WithDefault("PT5M")
        Duration cacheTtl();

        /** An unknown code reloads the directory at most this often, so a flood of bad codes cannot flood the catalog. */
        @WithDefault("PT1S")
        Duration minRefreshInterval();
    }
}
