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

/** The persons' files of a bulk load: the last row of an id wins, values with line breaks included. */
class LastRowPerIdTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepTheLastRowOfEachIdAndHandOverItsValuesWithLineBreaks() throws IOException {
        // Given rows of three ids over two partitions: P1 named with a line break then without, P2 the other way
        // round, P3 once
        var persons = new LastRowPerId(folder, "persons", List.of("id:ID(Entity)", ":LABEL", "name"), 2);
        persons.row(Arrays.asList("P1", "Person", "郑\n世平"));
        persons.row(Arrays.asList("P2", "Person", "林晓东"));
        persons.row(Arrays.asList("P1", "Person", "郑世平"));
        persons.row(Arrays.asList("P2", "Person", "林\r\n晓东"));
        persons.row(Arrays.asList("P3", "Person", "陆军"));

        // When the files are written
        Map<String, Map<String, Object>> later = new HashMap<>();
        persons.close(later::put);

        // Then each id has one line, with its last name, or no name when that one holds a line break
        List<String> lines = new ArrayList<>();
        for (String files : persons.files()) lines.addAll(Files.readAllLines(Path.of(files.split(",")[1])));
        assertThat(lines).containsExactlyInAnyOrder("\"P1\",\"Person\",\"郑世平\"", "\"P2\",\"Person\",",
                "\"P3\",\"Person\",\"陆军\"");
        assertThat(persons.rows()).isEqualTo(3);
        // And only P2's last name is handed over, to be set after the load
        assertThat(later).isEqualTo(Map.of("P2", Map.of("name", "林\r\n晓东")));
    }
}
