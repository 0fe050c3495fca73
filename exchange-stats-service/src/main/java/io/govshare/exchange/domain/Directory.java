package io.govshare.exchange.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organizations and regions of the catalog at one moment. Statistics classify organizations by level and region
 * with it when they are asked for, not when records arrive, so a change in the catalog shows in every month at once.
 *
 * <p>Ingestion looks up two codes a record. The hashes of codes that differ only in their last characters (gz.a01,
 * gz.a02 …) have close low bits: a {@code HashMap} of them crowded a few buckets into trees and {@code Map.copyOf}'s
 * open addressing clusters them (a JFR profile of the benchmark's ingestion, README "Where ingestion's time goes").
 * Look-ups therefore go through a table of its own, indexed by a mixed hash of the code (the mixing of
 * {@code BatchReader}'s codes and {@code BatchAggregates}' pair keys) with linear probing, at most half full.
 */
public final class Directory {

    private final Map<String, Organization> organizations;
    private final List<Region> regions;
    private final String[] codes;
    private final Organization[] slots;
    private final int shift;

    public Directory(Map<String, Organization> organizations, List<Region> regions) {
        this.organizations = Collections.unmodifiableMap(new LinkedHashMap<>(organizations));
        this.regions = List.copyOf(regions);
        int bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(2, this.organizations.size() * 2) - 1));
        this.codes = new String[1 << bits];
        this.slots = new Organization[1 << bits];
        this.shift = 32 - bits;
        this.organizations.forEach((code, org) -> {
            int slot = slot(code);
            while (this.codes[slot] != null) {
                slot = (slot + 1) & (this.codes.length - 1);
            }
            this.codes[slot] = code;
            this.slots[slot] = org;
        });
    }

    public static Directory of(Collection<Organization> organizations, Collection<Region> regions) {
        Map<String, Organization> byCode = new LinkedHashMap<>();
        organizations.forEach(org -> byCode.put(org.code(), org));
        return new Directory(byCode, List.copyOf(regions));
    }

    /** Every organization by its code. */
    public Map<String, Organization> organizations() {
        return this.organizations;
    }

    /** Every region. */
    public List<Region> regions() {
        return this.regions;
    }

    public boolean knows(String orgCode) {
        return organization(orgCode) != null;
    }

    public boolean knowsAll(Collection<String> orgCodes) {
        for (String code : orgCodes) {
            if (!knows(code)) {
                return false;
            }
        }
        return true;
    }

    /** The organization of the code, or null. */
    public Organization organization(String orgCode) {
        if (orgCode == null) {
            return null;
        }
        for (int slot = slot(orgCode); ; slot = (slot + 1) & (this.codes.length - 1)) {
            String code = this.codes[slot];
            if (code == null) {
                return null;
            }
            if (code.equals(orgCode)) {
                return this.slots[slot];
            }
        }
    }

    /** The name of the organization, or its code when the catalog does not know it. */
    public String nameOf(String orgCode) {
        Organization org = organization(orgCode);
        return org == null ? orgCode : org.name();
    }

    private int slot(String code) {
        return (code.hashCode() * 0x9E3779B9) >>> this.shift;
    }
}
