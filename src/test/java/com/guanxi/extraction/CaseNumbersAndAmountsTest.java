package com.guanxi.extraction;

import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumbersAndAmountsTest {
    private final TextNormalizer n = SampleData.lexicon().normalizer();

    @Test
    void shouldNormaliseCaseNumbersToHalfWidthBracketsWithoutSpaces() {
        CaseNumbers c = new CaseNumbers(n);
        assertThat(c.normalize("（2022）苏0505民初1856号")).isEqualTo("(2022)苏0505民初1856号");
        assertThat(c.normalize(" ( 2024 ) 京0105 民初 38850 号")).isEqualTo("(2024)京0105民初38850号");
        assertThat(c.findAll("不服北京市海淀区人民法院（2022）京0108民初5678号民事判决"))
                .containsExactly("(2022)京0108民初5678号");
    }

    @Test
    void shouldReadAmountsInYuan() {
        AmountParser a = new AmountParser(n);
        assertThat(a.findAll("偿还借款本金4358万元及利息，货款共计12,250,000元，另1.2亿元"))
                .extracting(AmountMention::yuan)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("43580000"), new BigDecimal("12250000"), new BigDecimal("120000000"));
        assertThat(a.findAll("偿还借款本金4358万元").get(0).label()).isEqualTo("借款本金");
    }
}
