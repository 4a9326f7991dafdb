package com.guanxi.ingest;

import com.guanxi.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchingSinkTest {

    @Test
    void shouldHandOverFullBatchesAndTheRestOnClose() throws IOException {
        // Given the sample's 300 good companies and 10 bad ones, batches of 128
        List<Integer> companyBatches = new ArrayList<>();
        List<Integer> rejectBatches = new ArrayList<>();
        BatchingSink.BatchConsumer consumer = new BatchingSink.BatchConsumer() {
            @Override
            public void companies(List<CompanyRecord> batch) {
                companyBatches.add(batch.size());
            }

            @Override
            public void rejects(List<Reject> batch) {
                rejectBatches.add(batch.size());
            }
        };
        // When
        try (BatchingSink sink = new BatchingSink(128, consumer)) {
            new CanonicalReader("b").read(CanonicalFile.COMPANIES, SharedData.samplesSmall().resolve("companies.csv"), sink);
        }
        // Then 128 + 128 + 44 companies, and the rejects in one final batch
        assertThat(companyBatches).containsExactly(128, 128, 44);
        assertThat(rejectBatches).containsExactly(10);
    }
}
