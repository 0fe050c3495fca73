package io.govshare.catalog.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.govshare.catalog.domain.ResourceItem;

/**
 * Stores a resource's items as a JSON text column. Items are always read and written whole, and Hibernate
 * Reactive's own JSON mapping handles objects only, not arrays.
 */
@Converter
public class ResourceItemsConverter implements AttributeConverter<List<ResourceItem>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ResourceItem>> ITEMS = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<ResourceItem> items) {
        try {
            return JSON.writeValueAsString(items == null ? List.of() : items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("resource items cannot be written as JSON", e);
        }
    }

    @Override
    public List<ResourceItem> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored resource items are not valid JSON", e);
        }
    }
}
