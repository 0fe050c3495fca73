package io.govshare.common.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;

import io.govshare.common.input.TextChecks;

/**
 * What every JSON body must be (docs/api.md, "Input"): no member twice in an object, nested at most
 * {@value #MAX_NESTING_DEPTH} levels, no trailing content, and every string storable text (no NUL, no lone
 * surrogate). Applied to the ObjectMapper of each service and to any streaming parser made with
 * {@link #factory(JsonFactory)}.
 */
@Singleton
public class JsonHardening implements ObjectMapperCustomizer {

    /** The deepest nesting of a body. No GovShare body needs more than five. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** The longest string value (characters); bodies are limited in bytes by the HTTP layer anyway. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** The longest number literal (digits). */
    public static final int MAX_NUMBER_LENGTH = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        factory(mapper.getFactory());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(
                new SimpleModule("govshare-text-checks").addDeserializer(String.class, new CheckedStrings()));
    }

    /** Applies the limits to a factory (for services that stream a body with their own parser). */
    public static JsonFactory factory(JsonFactory factory) {
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return factory;
    }

    /** Checks the text of a JSON string value as it is read (names the field through Jackson's path). */
    public static String checked(JsonParser parser, String value) throws RefusedTextException {
        var problem = TextChecks.problem(value);
        if (problem.isPresent()) {
            throw new RefusedTextException(parser, problem.get());
        }
        return value;
    }

    /** Jackson's own String deserializer, then the text check. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }
    }
}
