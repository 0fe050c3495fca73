package io.govshare.common.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.common.error.CommonMessages;
import io.govshare.common.error.ProblemType;
import io.govshare.common.error.Text;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @ParameterizedTest
    @EnumSource(CommonMessages.class)
    void everyCommonMessageHasEnglishAndChinese(CommonMessages key) {
        assertThat(Messages.has(key.key(), Locale.ENGLISH))
                .as(key.key() + " in English")
                .isTrue();
        assertThat(Messages.has(key.key(), Locale.CHINESE))
                .as(key.key() + " in Chinese")
                .isTrue();
    }

    @Test
    void everySharedProblemTypeHasATitleInBothLanguages() throws IllegalAccessException {
        for (var field : ProblemType.class.getFields()) {
            if (field.getType() == ProblemType.class) {
                ProblemType type = (ProblemType) field.get(null);
                assertThat(Messages.has(type.titleKey(), Locale.ENGLISH))
                        .as(type.slug())
                        .isTrue();
                assertThat(Messages.has(type.titleKey(), Locale.CHINESE))
                        .as(type.slug())
                        .isTrue();
            }
        }
    }

    @Test
    void argumentsAreReplacedAsTheyAre() {
        Text text = Text.of(CommonMessages.NOT_FOUND, "resource", "it's {0}");
        assertThat(text.render(Locale.ENGLISH)).isEqualTo("resource 'it's {0}' does not exist");
    }

    @Test
    void nestedTextsAreRenderedInTheSameLanguage() {
        Text text = Text.of(CommonMessages.INVALID_INPUT, "month", Text.of(CommonMessages.MONTH));
        assertThat(text.render(Locale.CHINESE)).isEqualTo("month：必须是 YYYY-MM 格式的月份");
        assertThat(text.render(Locale.ENGLISH)).isEqualTo("month: must be a month YYYY-MM");
    }

    @Test
    void anyChineseLocaleIsChineseAndTheRestEnglish() {
        assertThat(Messages.supported(Locale.forLanguageTag("zh-TW"))).isEqualTo(Locale.CHINESE);
        assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnknownKeyShowsAsItself() {
        assertThat(new Text("no.such.key", java.util.List.of()).render(Locale.CHINESE))
                .isEqualTo("no.such.key");
    }
}
