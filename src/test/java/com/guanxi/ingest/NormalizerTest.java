package com.guanxi.ingest;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values are worked out by hand from the formats in shared/contracts/import-format.md. */
class NormalizerTest {

    @Nested
    class NfkcShortcut {
        @Test
        void shouldTakeTheShortcutOnlyForTextNfkcLeavesAsItIs() {
            // Every character the shortcut lets through (ASCII, U+4E00–U+9FFF) is its own NFKC form
            for (char c = 0; c <= 0xFFFF && c != 0xFFFF; c++) {
                String one = String.valueOf(c);
                if (Normalizer.nfkcStable(one)) {
                    assertThat(java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC)).as("U+%04X", (int) c)
                            .isEqualTo(one);
                }
            }
            // And so is every string of them (nothing composes); strings with a full-width bracket, an ideographic
            // space, a compatibility ideograph or a combining mark are not let through
            var random = new java.util.Random(11);
            String alphabet = "A a 1 ( ) - . 华 盛 科 技 有 限 公 司 （ ） \u3000 \uF900 \u0301 Ａ";
            String[] symbols = alphabet.split(" ");
            for (int i = 0; i < 20_000; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(8); k >= 0; k--) b.append(symbols[random.nextInt(symbols.length)]);
                String text = b.toString();
                boolean stable = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).equals(text);
                if (Normalizer.nfkcStable(text)) assertThat(stable).as(text).isTrue();
                if (text.matches(".*[（）\u3000\uF900\u0301Ａ].*")) assertThat(Normalizer.nfkcStable(text)).as(text).isFalse();
            }
            assertThat(Normalizer.text("深圳市华盛科技有限公司")).isEqualTo("深圳市华盛科技有限公司");
            assertThat(Normalizer.text("深圳市华盛科技（集团）有限公司")).isEqualTo("深圳市华盛科技(集团)有限公司");
        }

        @Test
        void shouldGiveTheSameTextWithOrWithoutTheCopyFreeShortcut() {
            // Given random strings over what names hold and what text() changes: spaces at either end and doubled,
            // tabs, square and curly brackets, full-width forms, zero-width and ideographic spaces, a DEL
            var random = new java.util.Random(13);
            String[] symbols = {"A", "z", "1", "(", ")", "[", "]", "{", "}", "-", " ", " ", "\t", "华", "盛", "司",
                    "（", "）", "\u3000", "\u200B", "\uF900", "Ａ", "\u007F", "\u4DFF", "\uA000"};
            for (int i = 0; i < 50_000; i++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(9); k >= 0; k--) b.append(symbols[random.nextInt(symbols.length)]);
                String raw = b.toString();
                // Then text() is what the char-by-char pass makes of it, and a name drops the spaces it should
                assertThat(Normalizer.text(raw)).as("[%s]", raw).isEqualTo(Normalizer.textByChar(raw));
                String name = Normalizer.name(raw);
                if (name != null) {
                    for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                        assertThat(name.charAt(at - 1) < 0x80 && name.charAt(at + 1) < 0x80).as("[%s]", raw).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    class Amounts {
        @ParameterizedTest(name = "{0} -> {1} {2}")
        @CsvSource(delimiter = '|', value = {
                "1000万元人民币      | 10000000   | CNY",
                "500万美元           | 5000000    | USD",
                "1,200,000           | 1200000    | CNY",
                "1.2亿               | 120000000  | CNY",
                "300万元             | 3000000    | CNY",
                "5000万              | 50000000   | CNY",
                "600万人民币         | 6000000    | CNY",
                "2亿元               | 200000000  | CNY",
                "30000000            | 30000000   | CNY",
                "100(万元人民币)     | 1000000    | CNY",
                "1,000(万元人民币)   | 10000000   | CNY",
                "50.6400(万元人民币) | 506400     | CNY",
                "325(万元)           | 3250000    | CNY",
                "50(万)              | 500000     | CNY",
                "12.5(万人民币元)    | 125000     | CNY",
                "36( 万人民币元)     | 360000     | CNY",
                "1,000(万元(人民币)) | 10000000   | CNY",
                "1,234,567(人民币元) | 1234567    | CNY",
                "36（万元）          | 360000     | CNY",
                "2,000(万香港元)     | 20000000   | HKD",
                "100(万港币)         | 1000000    | HKD",
                "1,000(万元(港币))   | 10000000   | HKD",
                "30(万美元)          | 300000     | USD",
                "20(万元(美元))      | 200000     | USD",
                "1,000(万日元)       | 10000000   | JPY",
                "３００万元          | 3000000    | CNY",
                "人民币1000万元      | 10000000   | CNY",
                "0(万元人民币)       | 0          | CNY",
                "99.5万元            | 995000     | CNY",
        })
        void shouldConvertAmountsToWholeUnitsOfTheirCurrency(String raw, String yuan, String currency) {
            // When
            Parsed<Money> p = Normalizer.amount(raw);
            // Then
            assertThat(p.ok()).as(p.detail()).isTrue();
            assertThat(p.value().amount()).isEqualByComparingTo(new BigDecimal(yuan));
            assertThat(p.value().currency()).isEqualTo(currency);
            assertThat(p.value().raw()).isEqualTo(raw);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"N/A", "  ", "-", "--", "—", "n/a"})
        void shouldTreatNotDeliveredAmountsAsBlank(String raw) {
            assertThat(Normalizer.amount(raw).isBlank()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"#VALUE!", "待定", "36()", "1,2000", "12(万元", "100万英镑美元", "TIEN-AN）", "万元", "1.2.3万",
                "#N/A"})
        void shouldRejectUnparseableAmounts(String raw) {
            Parsed<Money> p = Normalizer.amount(raw);
            assertThat(p.reason()).isEqualTo("unparseable_amount");
            assertThat(p.detail()).isNotBlank();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-500万元", "-1,000", "－100万元"})
        void shouldRejectNegativeAmounts(String raw) {
            assertThat(Normalizer.amount(raw).reason()).isEqualTo("negative_amount");
        }
    }

    @Nested
    class Ratios {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "51%, 0.51", "51.00%, 0.51", "0.51, 0.51", "51, 0.51", "1, 1", "100, 1", "100%, 1", "0, 0",
                "2.46, 0.0246", "33.33%, 0.3333", "０.５, 0.5", "５１％, 0.51", "' 20 % ', 0.2", "0.3333, 0.3333"})
        void shouldReadRatiosAsFractions(String raw, String fraction) {
            Parsed<BigDecimal> p = Normalizer.ratio(raw);
            assertThat(p.ok()).as(p.detail()).isTrue();
            assertThat(p.value()).isEqualByComparingTo(new BigDecimal(fraction));
        }

        @ParameterizedTest
        @ValueSource(strings = {"101%", "-0.1", "150", "100.01%", "-5%"})
        void shouldRejectRatiosOutsideZeroToOne(String raw) {
            assertThat(Normalizer.ratio(raw).reason()).isEqualTo("ratio_out_of_range");
        }

        @ParameterizedTest
        @ValueSource(strings = {"#N/A", "abc", "51%%", "五十", "1/2"})
        void shouldRejectUnparseableRatios(String raw) {
            assertThat(Normalizer.ratio(raw).reason()).isEqualTo("unparseable_ratio");
        }

        @Test
        void shouldTreatMissingRatioAsBlank() {
            assertThat(Normalizer.ratio("").isBlank()).isTrue();
            assertThat(Normalizer.ratio("N/A").isBlank()).isTrue();
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @ValueSource(strings = {"2021-03-05", "2021/3/5", "2021/03/05", "2021年3月5日", "2021年03月05日", "20210305",
                "2021.3.5", "２０２１年３月５日", "2021-03-05 10:30:00", "2021-03-05T10:30", " 2021-3-5 ", "2021 年 3 月 5 日"})
        void shouldReadEveryDeliveredFormat(String raw) {
            Parsed<LocalDate> p = Normalizer.date(raw);
            assertThat(p.ok()).as(p.detail()).isTrue();
            assertThat(p.value()).isEqualTo(LocalDate.of(2021, 3, 5));
        }

        @Test
        void shouldAcceptLeapDayOnlyInLeapYears() {
            assertThat(Normalizer.date("2020-02-29").value()).isEqualTo(LocalDate.of(2020, 2, 29));
            assertThat(Normalizer.date("2000/2/29").value()).isEqualTo(LocalDate.of(2000, 2, 29));
            assertThat(Normalizer.date("2100-02-29").reason()).isEqualTo("unparseable_date");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2019-02-30", "20251301", "2019年13月1日", "2021-00-10", "2021-04-31", "2021-3/5",
                "March 5, 2021", "05/03/2021", "2021", "长期"})
        void shouldRejectImpossibleOrUnknownDates(String raw) {
            Parsed<LocalDate> p = Normalizer.date(raw);
            assertThat(p.reason()).isEqualTo("unparseable_date");
            assertThat(p.detail()).contains(raw.strip());
        }
    }

    @Nested
    class Texts {
        @Test
        void shouldUnifyWidthBracketsAndSpaces() {
            assertThat(Normalizer.text("\u3000北京（中国）  科技\t有限公司 ")).isEqualTo("北京(中国) 科技 有限公司");
            assertThat(Normalizer.text("ＡＢＣ１２３")).isEqualTo("ABC123");
            assertThat(Normalizer.text("〔a〕【b】［c］")).isEqualTo("(a)(b)(c)");
            assertThat(Normalizer.text("a\u200Bb")).isEqualTo("ab");
            assertThat(Normalizer.text("   ")).isNull();
            assertThat(Normalizer.text(null)).isNull();
        }

        @Test
        void shouldDropSpacesInChineseNamesButKeepThemBetweenLatinWords() {
            assertThat(Normalizer.name("西安市龙盛骏置业 有限公司")).isEqualTo("西安市龙盛骏置业有限公司");
            assertThat(Normalizer.name("成都市  拓合信息技术有限责任公司")).isEqualTo("成都市拓合信息技术有限责任公司");
            assertThat(Normalizer.name("银河（北京）控股有限公司")).isEqualTo("银河(北京)控股有限公司");
            assertThat(Normalizer.name("Sino Star Capital Pte. Ltd.")).isEqualTo("Sino Star Capital Pte. Ltd.");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "（2021）京0105民初12345号     | (2021)京0105民初12345号",
                "(2023)粤0604民初1475号        | (2023)粤0604民初1475号",
                "〔2021〕京 0105 民初 12345 号 | (2021)京0105民初12345号",
                "【2020】沪0101民初1号         | (2020)沪0101民初1号",
                "［２０２２］苏０５０５民初１８５６号 | (2022)苏0505民初1856号"})
        void shouldNormaliseCaseNumbers(String raw, String expected) {
            assertThat(Normalizer.caseNumber(raw)).isEqualTo(expected);
        }
    }
}
