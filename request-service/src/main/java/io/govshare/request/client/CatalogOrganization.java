package io.govshare.request.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The fields of a catalog organization that request-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogOrganization(String code, String name, String shortName, String level, Boolean active) {}
