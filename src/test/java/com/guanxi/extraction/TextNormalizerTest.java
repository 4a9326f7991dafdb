package com.guanxi.extraction;

import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer n = SampleData.lexicon().normalizer();

    @Test
    void shouldGiveOneFormToBracketWidthAndSpacingVariants() {
        // Given the spellings the issue lists for one firm
        String[] variants = {"联想（北京）有限公司", "联想(北京)有限公司", "联想 (北京) 有限公司", " 联想【北京】有限公司 "};
        // When / Then
        for (String v : variants) assertThat(n.normalizeName(v)).isEqualTo("联想(北京)有限公司");
    }

    @Test
    void shouldFoldTraditionalCharactersAndFullWidthLetters() {
        assertThat(n.normalizeName("聯想（北京）科技有限公司")).isEqualTo("联想(北京)科技有限公司");
        assertThat(n.normalizeName("ＡＢＣ貿易有限公司")).isEqualTo("ABC贸易有限公司");
    }

    @Test
    void shouldKeepOffsetsWhenFoldingText() {
        String raw = "原告：聯想（北京）有限公司，住所地";
        String folded = n.foldText(raw);
        assertThat(folded).hasSameSizeAs(raw);
        assertThat(folded.substring(3, 13)).isEqualTo("联想(北京)有限公司");
    }
}
