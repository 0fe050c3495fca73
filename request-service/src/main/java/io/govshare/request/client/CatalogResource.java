package io.govshare.request.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of a catalog resource that request-service reads (its own small copy, STYLE §1). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogResource(String code, String name, String providerOrg, String sharingType, List<Item> items) {

    /** A data item of the resource. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String name) {}
}
