package com.guanxi.graph;

/** Every runtime Cypher statement the code uses, by file name under {@code cypher/}; checked at start-up. */
public enum Statement {
    SCHEMA_RECORD_VERSION("schema/record-version"),
    STATS_COUNTS("stats/counts"),
    APOC_VERSION("stats/apoc-version"),
    COMPANY_SEARCH("company/search");

    final String fileName;

    Statement(String fileName) {
        this.fileName = fileName;
    }
}
