package com.guanxi.extraction;

import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs only where the CoreNLP Chinese model files were unpacked ({@code mvn -Pcorenlp-models generate-resources});
 * skipped otherwise, so the default suite stays fast.
 */
@Tag("corenlp")
class CoreNlpRecognizerTest {

    private static CoreNlpRecognizer recognizer() {
        Optional<CoreNlpRecognizer> r = CoreNlpRecognizer.fromEnvironment();
        assumeTrue(r.isPresent(), "CoreNLP Chinese models not unpacked");
        return r.get();
    }

    @Test
    void shouldFindAPersonTheRulesCannotSee() {
        CoreNlpRecognizer r = recognizer();
        String text = "彭小军认为，国内银行现在走的是台湾的发卡模式。";
        List<PersonOrgRecognizer.RecognizedSpan> spans = r.recognize(text);
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(TextMention.EntityKind.PERSON);
            assertThat(text.substring(s.start(), s.end())).isEqualTo("彭小军");
        });
        // and the extractor adds it as a body person, marked as coming from CoreNLP
        JudgmentExtraction e = new JudgmentExtractor(SampleData.lexicon(), r).extract(text);
        assertThat(e.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("彭小军");
            assertThat(m.source()).isEqualTo("corenlp");
        });
    }
}
