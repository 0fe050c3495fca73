package io.govshare.common.web;

import java.lang.annotation.Annotation;
import java.time.YearMonth;

import jakarta.ws.rs.QueryParam;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import io.govshare.common.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParamConvertersTest {

    private final ParamConverters converters = new ParamConverters();

    @Property
    void everyIntRoundTrips(@ForAll int number) {
        assertThat(convert(Integer.class, "page", Integer.toString(number))).isEqualTo(number);
    }

    @Property
    void anyTextIsAnIntOrA400NamingTheParameter(@ForAll @StringLength(max = 30) String text) {
        try {
            Integer value = convert(Integer.class, "size", text);
            assertThat(Integer.toString(value)).isEqualTo(text.trim());
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("size");
        }
    }

    @Property
    void anyTextIsABooleanOrA400(@ForAll @StringLength(max = 8) String text) {
        try {
            Boolean value = convert(Boolean.class, "flag", text);
            assertThat(value.toString()).isEqualTo(text.trim());
        } catch (InvalidInputException e) {
            assertThat(e.errors().get(0).field()).isEqualTo("flag");
        }
    }

    @Test
    void numbersBeyondLongAreOutOfRange() {
        assertThatThrownBy(() -> convert(Long.class, "n", "99999999999999999999"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> convert(Integer.class, "n", "1e3")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> convert(Integer.class, "n", "+5")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void monthsAreStrict() {
        assertThat(convert(YearMonth.class, "month", "2023-10")).isEqualTo(YearMonth.of(2023, 10));
        assertThatThrownBy(() -> convert(YearMonth.class, "month", "+2023-10"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stringsKeepTheirSpacesButNotNul() {
        assertThat(convert(String.class, "q", " 市场 ")).isEqualTo(" 市场 ");
        assertThatThrownBy(() -> convert(String.class, "q", "a\u0000")).isInstanceOf(InvalidInputException.class);
    }

    private <T> T convert(Class<T> type, String name, String value) {
        Annotation[] annotations = {
            new QueryParam() {
                @Override
                public String value() {
                    return name;
                }

                @Override
                public Class<? extends Annotation> annotationType() {
                    return QueryParam.class;
                }
            }
        };
        return this.converters.getConverter(type, type, annotations).fromString(value);
    }
}
