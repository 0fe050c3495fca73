package io.govshare.catalog.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.govshare.catalog.domain.OpenType;
import io.govshare.catalog.domain.ResourceItem;
import io.govshare.catalog.domain.SharingType;
import io.govshare.catalog.domain.UpdateFrequency;

/** A data resource (数据资源) of the catalog. */
@Entity
@Table(name = "data_resource")
public class DataResourceEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "provider_org", nullable = false)
    public String providerOrg;

    @Enumerated(EnumType.STRING)
    @Column(name = "sharing_type", nullable = false)
    public SharingType sharingType;

    @Enumerated(EnumType.STRING)
    @Column(name = "open_type", nullable = false)
    public OpenType openType;

    @Enumerated(EnumType.STRING)
    @Column(name = "update_frequency", nullable = false)
    public UpdateFrequency updateFrequency;

    @Convert(converter = ResourceItemsConverter.class)
    @Column(nullable = false, columnDefinition = "text")
    public List<ResourceItem> items;

    @Column
    public String description;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
