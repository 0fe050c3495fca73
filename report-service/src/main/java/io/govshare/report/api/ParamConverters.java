package io.govshare.report.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.govshare.report.domain.InvalidInputException;

/**
 * Converts query and path parameters so that a malformed value names its parameter. JAX-RS turns a failed
 * conversion into a 404; the problem mapper finds the {@link InvalidInputException} inside and answers 400.
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
            return (ParamConverter<T>)
                    converter(name, value -> Enum.valueOf(enumType, value), "must be one of " + allowed);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date YYYY-MM-DD");
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(name, ParamConverters::month, "must be a month YYYY-MM");
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, ParamConverters::strictBoolean, "must be true or false");
        }
        return null;
    }

    private static YearMonth month(String value) {
        if (!value.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException(value);
        }
        return YearMonth.parse(value);
    }

    private static Boolean strictBoolean(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(value);
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
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.trim());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidInputException(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
