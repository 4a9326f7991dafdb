package com.guanxi.graph;

/** Every runtime Cypher statement the code uses, by file name under {@code cypher/}; checked at start-up. */
public enum Statement {
    SCHEMA_RECORD_VERSION("schema/record-version"),
    STATS_COUNTS("stats/counts"),
    APOC_VERSION("stats/apoc-version"),
    COMPANY_SEARCH("company/search"),
    COMPANY_UPSERT("company/upsert"),
    COMPANY_ENSURE_EXTERNAL("company/ensure-external"),
    PERSON_UPSERT("person/upsert"),
    CASE_UPSERT("cases/upsert"),
    HOLDS_UPSERT("holds/upsert"),
    SERVES_UPSERT("serves/upsert"),
    GUARANTEES_UPSERT("guarantees/upsert"),
    PARTY_UPSERT("cases/party-upsert"),
    COMPANY_REGISTRY_KEYS("company/registry-keys"),
    COMPANY_BY_ID("company/by-id"),
    COMPANY_BY_IDENTIFIER("company/by-identifier"),
    COMPANY_HISTORY("company/history"),
    EXPLORE_NEIGHBORHOOD("explore/neighborhood"),
    EXPLORE_SHORTEST_PATHS("explore/shortest-paths"),
    CASE_BY_CASE_NO("cases/by-case-no"),
    PROJECTION_COMPANIES("projection/companies"),
    PROJECTION_HOLDINGS("projection/holdings"),
    PROJECTION_GUARANTEES("projection/guarantees"),
    ANALYTICS_RUN_UPSERT("analytics/run-upsert"),
    ANALYTICS_RUN_BY_ID("analytics/run-by-id"),
    ANALYTICS_RUN_LATEST("analytics/run-latest"),
    ANALYTICS_COMPANY_RESULTS("analytics/company-results"),
    ANALYTICS_CONTROLS_CLEAR("analytics/controls-clear"),
    ANALYTICS_CONTROLS_CREATE("analytics/controls-create"),
    ANALYTICS_CIRCLES_CLEAR("analytics/circles-clear"),
    ANALYTICS_CIRCLES_CREATE("analytics/circles-create"),
    ANALYTICS_SHARED_CONTACTS_CLEAR("analytics/shared-contacts-clear"),
    ANALYTICS_SHARED_CONTACTS_CREATE("analytics/shared-contacts-create"),
    ENTITY_NAMES("entity/names"),
    OWNERSHIP_TREE_UP("ownership/tree-up"),
    OWNERSHIP_TREE_DOWN("ownership/tree-down"),
    ASSOCIATED_PARTIES("associated/parties"),
    COMPANY_FINGERPRINTS("company/fingerprints"),
    COMPANY_KEEP_HISTORY("company/keep-history"),
    HOLDS_FINGERPRINTS("holds/fingerprints"),
    HOLDS_KEEP_HISTORY("holds/keep-history"),
    GUARANTEES_FINGERPRINTS("guarantees/fingerprints"),
    GUARANTEES_KEEP_HISTORY("guarantees/keep-history");

    final String fileName;

    Statement(String fileName) {
        this.fileName = fileName;
    }
}
