package com.guanxi.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The persons' files of a bulk load: the last row of an id wins, values with line breaks included. */
class LastRowPerIdTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepTheLastRowOfEachIdAndHandOverItsValuesWithLineBreaks() throws IOException {
        // Given rows of three persons (numbered 0, 1, 2 for the importer, ids P1, P2, P3) over two partitions: P1
        // named with a line break then without, P2 the other way round, P3 once
        var persons = new LastRowPerId(folder, "persons", List.of(":ID", ":LABEL", "id", "name"), 2, 2);
        persons.row(Arrays.asList("0", "Person", "P1", "郑\n世平"));
        persons.row(Arrays.asList("1", "Person", "P2", "林晓东"));
        persons.row(Arrays.asList("0", "Person", "P1", "郑世平"));
        persons.row(Arrays.asList("1", "Person", "P2", "林\r\n晓东"));
        persons.row(Arrays.asList("2", "Person", "P3", "陆军"));

        // When the files are written
        Map<String, Map<String, Object>> later = new HashMap<>();
        persons.close(later::put);

        // Then the files are one group for the importer: the header, then one data file for both partitions
        assertThat(persons.files()).containsExactly(folder.resolve("persons-header.csv") + ","
                + folder.resolve("persons.csv"));
        // And each person has one line, with its last name, or no name when that one holds a line break
        List<String> lines = new ArrayList<>();
        for (String group : persons.files()) {
            String[] files = group.split(",");
            for (int i = 1; i < files.length; i++) lines.addAll(Files.readAllLines(Path.of(files[i])));
        }
        assertThat(lines).containsExactlyInAnyOrder("\"0\",\"Person\",\"P1\",\"郑世平\"",
                "\"1\",\"Person\",\"P2\",", "\"2\",\"Person\",\"P3\",\"陆军\"");
        assertThat(persons.rows()).isEqualTo(3);
        // And only P2's last name is handed over, under its id, to be set after the load
        assertThat(later).isEqualTo(Map.of("P2", Map.of("name", "林\r\n晓东")));
        // And deleting leaves nothing of them
        persons.delete();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void shouldRefuseAnIdWithALineBreak() {
        var persons = new LastRowPerId(folder, "persons", List.of(":ID", ":LABEL", "id", "name"), 2, 1);
        assertThatThrownBy(() -> persons.row(Arrays.asList("0", "Person", "P\n1", "陆军")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
    }
}
