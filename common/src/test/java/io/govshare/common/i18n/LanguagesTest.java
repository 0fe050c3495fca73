package io.govshare.common.i18n;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN|zh",
                "zh|zh",
                "zh-Hans-CN|zh",
                "zh-CN,zh;q=0.9,en;q=0.8|zh",
                "en-US,zh;q=0.5|en",
                "en;q=0.2,zh;q=0.8|zh",
                "fr-FR|en",
                "de,zh;q=0.1|zh",
                "zh;q=0|en",
                "*|en",
                ";;;===|en",
                "|en"
            })
    void theFirstPreferredSupportedLanguageWins(String header, String expected) {
        assertThat(Languages.fromAcceptLanguage(header)).isEqualTo(Locale.forLanguageTag(expected));
    }
}
