package io.govshare.catalog.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import io.govshare.catalog.persistence.OrganizationRepository;
import io.govshare.catalog.persistence.RegionRepository;
import io.govshare.common.identity.Caller;
import io.govshare.common.input.Codes;

/** Who the token says the caller is: the organization of its {@code org} claim, as the catalog knows it. */
@ApplicationScoped
public class WhoAmIService {

    private final OrganizationRepository organizations;
    private final RegionRepository regions;

    public WhoAmIService(OrganizationRepository organizations, RegionRepository regions) {
        this.organizations = organizations;
        this.regions = regions;
    }

    /** Empty when the token has no {@code org} claim or it names no organization of the catalog. */
    @WithSession
    public Uni<Optional<CallerOrganization>> organizationOf(Caller caller) {
        Optional<String> code = caller.org().filter(Codes::isValid);
        if (code.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return this.organizations.findById(code.get()).flatMap(org -> {
            if (org == null) {
                return Uni.createFrom().item(Optional.<CallerOrganization>empty());
            }
            if (org.regionCode == null) {
                return Uni.createFrom()
                        .item(Optional.of(new CallerOrganization(org.code, org.name, org.level, null, null)));
            }
            return this.regions
                    .findById(org.regionCode)
                    .map(region -> Optional.of(new CallerOrganization(
                            org.code, org.name, org.level, org.regionCode, region == null ? null : region.name)));
        });
    }
}
