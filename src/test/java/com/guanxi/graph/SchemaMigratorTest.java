package com.guanxi.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which schema statements a database still needs, from the migrations it has not had. */
class SchemaMigratorTest {

    private static final String PERSON_ID = "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE";
    private static final String ENTITY_ID = "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE";
    private static final String NAMES = "CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (c:Company) ON EACH [c.name]";
    private static final String DROP_PERSON_ID = "DROP CONSTRAINT person_id IF EXISTS";

    private final List<CypherCatalogue.Migration> migrations = List.of(
            new CypherCatalogue.Migration(1, "V001__a.cypher", List.of(ENTITY_ID, PERSON_ID)),
            new CypherCatalogue.Migration(2, "V002__b.cypher", List.of(NAMES)),
            new CypherCatalogue.Migration(3, "V003__c.cypher", List.of(DROP_PERSON_ID)));

    @Test
    void shouldNotBuildOnANewDatabaseWhatALaterMigrationDrops() {
        assertThat(SchemaMigrator.pending(migrations, 0)).containsExactly(ENTITY_ID, NAMES, DROP_PERSON_ID);
    }

    @Test
    void shouldDropWhatAnEarlierRunBuilt() {
        assertThat(SchemaMigrator.pending(migrations, 1)).containsExactly(NAMES, DROP_PERSON_ID);
        assertThat(SchemaMigrator.pending(migrations, 3)).isEmpty();
    }

    @Test
    void shouldCreateTheIndexesTogetherBeforeTheConstraints() {
        String uscc = "CREATE INDEX company_uscc IF NOT EXISTS FOR (c:Company) ON (c.uscc)";
        String decision = "CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE";
        assertThat(SchemaMigrator.transactions(List.of(ENTITY_ID, uscc, NAMES, DROP_PERSON_ID, decision)))
                .containsExactly(List.of(uscc, NAMES), List.of(ENTITY_ID), List.of(DROP_PERSON_ID), List.of(decision));
    }

    @Test
    void shouldKeepTheMigrationsOfTheCatalogueInOrder() {
        List<String> pending = SchemaMigrator.pending(new CypherCatalogue().migrations(), 0);
        assertThat(pending).noneMatch(s -> s.contains("person_id") && s.startsWith("CREATE"));
        assertThat(pending).anyMatch(s -> s.startsWith("CREATE CONSTRAINT entity_id"));
        assertThat(pending).anyMatch(s -> s.startsWith("CREATE FULLTEXT INDEX company_names"));
    }
}
