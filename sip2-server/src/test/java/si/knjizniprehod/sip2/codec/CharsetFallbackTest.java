package si.knjizniprehod.sip2.codec;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetFallbackTest {
    private static final String MESSAGE = "Podaljšanje ni mogoče – „rezervirano“… 5 €";

    @Test
    void latin2KeepsSlovenianLettersAndFoldsTypography() {
        assertThat(CharsetFallback.fold(MESSAGE, Charset.forName("ISO-8859-2")))
                .isEqualTo("Podaljšanje ni mogoče - \"rezervirano\"... 5 EUR");
        assertThat(CharsetFallback.fold(MESSAGE, Charset.forName("IBM852")))
                .isEqualTo("Podaljšanje ni mogoče - \"rezervirano\"... 5 EUR");
    }

    @Test
    void westernCharsetsLoseOnlyTheAccentsTheyLack() {
        assertThat(CharsetFallback.fold("Čebašek Žiga, Ćosić, Müller", Charset.forName("IBM850")))
                .isEqualTo("Cebasek Ziga, Cosic, Müller");
        assertThat(CharsetFallback.fold("日本", Charset.forName("IBM850"))).isEqualTo("??");
    }

    @Test
    void utf8AndEncodableTextAreUntouched() {
        assertThat(CharsetFallback.fold(MESSAGE, StandardCharsets.UTF_8)).isSameAs(MESSAGE);
        assertThat(CharsetFallback.fold("Čaša", Charset.forName("windows-1250"))).isEqualTo("Čaša");
    }
}
