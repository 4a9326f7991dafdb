package com.guanxi.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import java.util.Map;

/** {@link BulkLoadTest} with exact-name resolution (streaming, persons named per company): the same ids and graph. */
@QuarkusTest
@TestProfile(BulkLoadExactTest.ExactNames.class)
class BulkLoadExactTest extends BulkLoadTest {

    public static class ExactNames extends BulkLoadTest.EmptyDatabase {
        @Override
        protected Map<String, String> more() {
            return Map.of("guanxi.resolution.mode", "exact");
        }
    }
}
