package com.guanxi.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.guanxi.analysis.SampleDataset.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** Shared-contact clusters of the public sample must agree 100% with truth.json. */
class SharedContactsSampleTruthTest {

    @Test
    void shouldFindExactlyTheTruthSharedContactClusters() {
        // Given the sample registry
        SampleDataset sample = SampleDataset.load();
        List<String> expected = new ArrayList<>();
        sample.truth.get("sharedContacts").forEach(c -> expected.add(c.get("type").asText() + "|"
                + c.get("value").asText() + "|" + strings(c.get("members")).stream().sorted().toList() + "|"
                + c.get("size").asInt() + "|" + c.get("tagged").asBoolean()));

        // When clusters are searched with the default thresholds
        SharedContactResult result = SharedContacts.find(sample.registry(), AnalysisParams.defaults());

        // Then they are exactly the truth's
        List<String> found = result.clusters().stream().map(c -> c.type().name().toLowerCase() + "|" + c.value()
                + "|" + c.members() + "|" + c.size() + "|" + c.tagged()).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
