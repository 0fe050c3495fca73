package io.govshare.report.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the optional body of {@code publish}: empty means no override. Read by hand because a body-less POST carries
 * no JSON content type; Jackson and validation failures still reach the problem mappers (400 naming the field).
 */
@ApplicationScoped
class PublishBodies {

    private final ObjectMapper json;
    private final Validator validator;

    PublishBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    PublishBody read(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return new PublishBody(false, null);
        }
        PublishBody options = this.json.readValue(body, PublishBody.class);
        if (options == null) {
            return new PublishBody(false, null);
        }
        var violations = this.validator.validate(options);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return options;
    }
}
