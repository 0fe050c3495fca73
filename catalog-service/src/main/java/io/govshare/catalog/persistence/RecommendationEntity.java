package io.govshare.catalog.persistence;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One place in a month's list of recommended national resources. */
@Entity
@Table(name = "recommendation")
public class RecommendationEntity {

    @EmbeddedId
    public Key key;

    @Column(name = "resource_code", nullable = false)
    public String resourceCode;

    /** Month and rank. */
    @Embeddable
    public record Key(
            @Column(name = "month") String month,
            @Column(name = "rank") int rank) implements Serializable {}
}
