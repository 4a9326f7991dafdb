package com.guanxi.resolution;

import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResolutionModelTest {

    @Test
    void shouldLoadTheCheckedInModelWithWeightsFromMAndU() {
        ResolutionModel m = SampleData.model();
        ResolutionModel.Level equal = m.company().comparison("uscc").level("equal");
        assertThat(equal.bayesFactorLog2()).isEqualTo(Math.log(equal.m() / equal.u()) / Math.log(2));
        assertThat(m.person().thresholds().review()).isLessThan(m.person().thresholds().match());
    }

    @Test
    void shouldRejectAComparisonThatLacksALevelForOneOfItsOutcomes() {
        ResolutionModel.Comparison region = new ResolutionModel.Comparison("region", "region", null, null,
                List.of(new ResolutionModel.Level("consistent", "agrees", null, null, 1.0)));
        ResolutionModel.EntityModel company = new ResolutionModel.EntityModel(-5, new ResolutionModel.Thresholds(1, 0, 1, null),
                List.of(), List.of(region), Map.of());
        assertThatThrownBy(() -> CompanyComparisons.validate(company)).hasMessageContaining("omitted");
    }

    @Test
    void shouldRejectAPersonModelThatWouldPairNamesakesWithoutContext() {
        ResolutionModel.Comparison c = new ResolutionModel.Comparison("same_company", "shared_company", null, null,
                List.of(new ResolutionModel.Level("yes", "same company", null, null, 10.0),
                        new ResolutionModel.Level("no", "none", null, null, 0.0)));
        ResolutionModel.EntityModel person = new ResolutionModel.EntityModel(1.0, new ResolutionModel.Thresholds(0, -1, 0, null),
                List.of(), List.of(c), Map.of());
        assertThatThrownBy(() -> PersonComparisons.validate(person)).hasMessageContaining("without any shared context");
    }
}
