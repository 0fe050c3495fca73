package io.govshare.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.InvalidInputException;
import io.govshare.common.input.Dates;
import io.govshare.common.input.Months;
import io.govshare.common.input.TextChecks;
import io.govshare.common.input.Uuids;

/**
 * Converts query, path and header parameters strictly, so that a malformed value is a 400 naming its parameter
 * (JAX-RS would answer 404 for a path and fall back to defaults elsewhere): months {@code YYYY-MM} and dates
 * {@code YYYY-MM-DD} between 1970 and 9999, canonical UUIDs, enum constants, whole numbers in range, {@code true}
 * or {@code false}.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = Arrays.toString(enumType.getEnumConstants());
            return (ParamConverter<T>) converter(name, value -> {
                try {
                    return Enum.valueOf(enumType, value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(name, CommonMessages.ONE_OF, allowed);
                }
            });
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(name, value -> Months.parse(name, value));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, value -> Dates.parse(name, value));
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, value -> Uuids.parse(name, value));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>)
                    converter(name, value -> (int) whole(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, value -> whole(name, value, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, value -> strictBoolean(name, value));
        }
        if (rawType == String.class) {
            // text is taken as it is (not trimmed), but never with NUL or a lone surrogate
            return (ParamConverter<T>) new ParamConverter<String>() {
                @Override
                public String fromString(String value) {
                    return TextChecks.check(name, value);
                }

                @Override
                public String toString(String value) {
                    return value;
                }
            };
        }
        return null;
    }

    /** A whole number in [min, max]; leading '+', spaces, decimals and exponents are refused. */
    static long whole(String name, String value, long min, long max) {
        if (value.isEmpty() || value.length() > 20 || !value.matches("-?[0-9]+")) {
            throw new InvalidInputException(name, CommonMessages.WHOLE_NUMBER);
        }
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, CommonMessages.NUMBER_RANGE, min, max);
        }
        if (number < min || number > max) {
            throw new InvalidInputException(name, CommonMessages.NUMBER_RANGE, min, max);
        }
        return number;
    }

    private static Boolean strictBoolean(String name, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidInputException(name, CommonMessages.BOOLEAN);
        }
        return Boolean.valueOf(value);
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
            if (annotation instanceof RestPath path && !path.value().isEmpty()) {
                return path.value();
            }
            if (annotation instanceof RestHeader header && !header.value().isEmpty()) {
                return header.value();
            }
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                TextChecks.check(name, value);
                return parse.apply(value.trim());
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
