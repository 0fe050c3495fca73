package io.govshare.exchange.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organizations and regions of the catalog at one moment. Statistics classify organizations by level and region
 * with it when they are asked for, not when records arrive, so a change in the catalog shows in every month at once.
 */
public record Directory(Map<String, Organization> organizations, List<Region> regions) {

    public Directory {
        // a HashMap, not Map.copyOf: its open addressing clusters the close hashes of codes such as gz.a01, gz.a02 …,
        // and ingestion looks up two codes a record
        organizations = Collections.unmodifiableMap(new HashMap<>(organizations));
        regions = List.copyOf(regions);
    }

    public static Directory of(Collection<Organization> organizations, Collection<Region> regions) {
        return new Directory(
                organizations.stream().collect(Collectors.toMap(Organization::code, Function.identity(), (a, b) -> b)),
                List.copyOf(regions));
    }

    public boolean knows(String orgCode) {
        return this.organizations.containsKey(orgCode);
    }

    public boolean knowsAll(Collection<String> orgCodes) {
        return this.organizations.keySet().containsAll(orgCodes);
    }

    /** The organization of the code, or null. */
    public Organization organization(String orgCode) {
        return this.organizations.get(orgCode);
    }

    /** The name of the organization, or its code when the catalog does not know it. */
    public String nameOf(String orgCode) {
        Organization org = this.organizations.get(orgCode);
        return org == null ? orgCode : org.name();
    }
}
