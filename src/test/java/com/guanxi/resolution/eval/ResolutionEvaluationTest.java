package com.guanxi.resolution.eval;

import com.guanxi.extraction.PersonOrgRecognizer;
import com.guanxi.testsupport.SampleData;
import com.guanxi.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The targets of the resolution issue, measured against the sample's answer key. */
class ResolutionEvaluationTest {
    private final ResolutionEvaluation evaluation = new ResolutionEvaluation(SharedData.root(), SampleData.lexicon(),
            SampleData.model(), PersonOrgRecognizer.NONE);

    @Test
    void shouldMeetTheResolutionTargetsOnTheSample() {
        ResolutionEvaluation.SampleReport r = evaluation.evaluateSample();
        ResolutionEvaluation.print(r, System.out);
        assertThat(r.companyLinking().f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.personPairwise().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.sameNameFalseMerges()).isZero();
        assertThat(r.partyExtraction().precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.partyExtraction().recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void shouldStayAboveTheTargetsWithTypoAndTraditionalNoiseAdded() {
        ResolutionEvaluation.SampleReport r = evaluation.evaluateSampleWithNoise(20240630L, 0.3);
        assertThat(r.companyLinking().f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(r.personPairwise().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.sameNameFalseMerges()).isZero();
    }

    @Test
    void shouldScoreAClusteringPairwise() {
        // Given truth {a,b,c} as one entity and {d} as another, prediction {a,b} {c,d}
        var truth = java.util.Map.of("a", "T1", "b", "T1", "c", "T1", "d", "T2");
        var pred = java.util.Map.of("a", "X", "b", "X", "c", "Y", "d", "Y");
        ResolutionEvaluation.Prf p = ResolutionEvaluation.pairwise(pred, truth);
        // true pairs ab ac bc; predicted pairs ab cd; both: ab
        assertThat(p.truePositives()).isEqualTo(1);
        assertThat(p.predicted()).isEqualTo(2);
        assertThat(p.actual()).isEqualTo(3);
    }
}
