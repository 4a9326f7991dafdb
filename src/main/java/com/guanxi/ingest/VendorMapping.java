package com.guanxi.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a vendor's CSV onto one canonical file with a mapping <em>declared in YAML</em> (import/mappings/*.yaml), then
 * validates and normalises every row with exactly the canonical rules. Vendors differ only in data: column renames,
 * constants, templates, conditional routing ({@code when}/{@code unless}), regex extraction, rewrites and declared
 * rejects, "not delivered" tokens, charset and delimiter. There is no vendor-specific Java code.
 *
 * <pre>
 * mapping: registry-sample            # name, for messages
 * target: companies.csv               # the canonical file the rows become
 * encoding: UTF-8                     # optional (default UTF-8), e.g. GB18030
 * delimiter: ","                      # optional
 * nullValues: ["N/A"]                 # tokens meaning "not delivered", for every column
 * keepUnmapped: true                  # source columns no rule reads go to extra (default true)
 * columns:                            # canonical column -> rule
 *   reg_no: { from: 统一社会信用代码, when: '\d{15}' }
 *   registered_capital:
 *     from: 注册资金
 *     rewrite:
 *       - { match: '(.*)\(\)', reject: unparseable_amount, detail: unit missing }
 *       - { match: '(\d+)\s*万', replace: '$1万元' }
 * extra:                              # extra property -> rule
 *   source: { constant: registry-sample }
 *   year: { from: source_file, extract: 'csv/(\d{4})/' }
 *   location: { template: '{所在省份}{地区}' }
 * </pre>
 *
 * A rule takes its value from one of {@code from} (a source column), {@code constant} or {@code template}
 * ({@code {column}} placeholders); the value is stripped and blanked when it is a null token; {@code when} /
 * {@code unless} (whole-value regexes) blank it when they fail; {@code extract} keeps the first group of the first
 * match; then each {@code rewrite} whose {@code match} matches the whole value (after NFKC and bracket unification)
 * either rejects the row ({@code reject}: reason code, {@code detail}) or replaces the value ({@code replace}, with
 * {@code $1} groups). Rejects name the vendor's own column. Per row O(columns); constant memory per file.
 */
public final class VendorMapping {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z_]*");
    private static final int MAX_TOKEN_CHARS = 32;

    /** The YAML document. */
    record Spec(String mapping, String description, String target, String encoding, String delimiter,
                List<String> nullValues, Boolean keepUnmapped, LinkedHashMap<String, RuleSpec> columns,
                LinkedHashMap<String, RuleSpec> extra) {
    }

    record RuleSpec(String from, String constant, String template, String when, String unless, String extract,
                    List<RewriteSpec> rewrite, List<String> nullValues, String description) {
    }

    record RewriteSpec(String match, String replace, String reject, String detail, String description) {
    }

    private record Rewrite(Pattern match, String replace, String reject, String detail) {
    }

    /** A compiled rule; {@code label} is the column named in rejects. */
    private record Rule(String target, String label, String from, String constant, String template, Pattern when,
                        Pattern unless, Pattern extract, List<Rewrite> rewrites, Set<String> nullValues) {
    }

    private final String name;
    private final CanonicalFile target;
    private final Charset charset;
    private final char delimiter;
    private final boolean keepUnmapped;
    private final List<Rule> columns;
    private final List<Rule> extra;

    private VendorMapping(Spec spec) {
        this.name = Objects.requireNonNull(spec.mapping(), "mapping: a name is required");
        this.target = CanonicalFile.byFileName(Objects.requireNonNull(spec.target(), "target is required"))
                .orElseThrow(() -> new IllegalArgumentException("unknown target " + spec.target()));
        this.charset = Charset.forName(spec.encoding() == null ? "UTF-8" : spec.encoding());
        if (spec.delimiter() != null && spec.delimiter().length() != 1) {
            throw new IllegalArgumentException("delimiter must be one character");
        }
        this.delimiter = spec.delimiter() == null ? ',' : spec.delimiter().charAt(0);
        this.keepUnmapped = spec.keepUnmapped() == null || spec.keepUnmapped();
        Set<String> globalNulls = tokens(spec.nullValues());
        this.columns = new ArrayList<>();
        if (spec.columns() == null || spec.columns().isEmpty()) throw new IllegalArgumentException("no columns mapped");
        spec.columns().forEach((column, rule) -> {
            if (!target.columns().contains(column)) {
                throw new IllegalArgumentException(target.fileName() + " has no column " + column);
            }
            columns.add(compile(column, rule, globalNulls));
        });
        this.extra = new ArrayList<>();
        if (spec.extra() != null) spec.extra().forEach((key, rule) -> extra.add(compile(key, rule, globalNulls)));
    }

    public static VendorMapping load(Path yaml) throws IOException {
        try (InputStream in = Files.newInputStream(yaml)) {
            return load(in);
        }
    }

    /** @throws IllegalArgumentException when the YAML is not a valid mapping (unknown keys, bad regex, …) */
    public static VendorMapping load(InputStream yaml) throws IOException {
        return new VendorMapping(YAML.readValue(yaml, Spec.class));
    }

    public String name() {
        return name;
    }

    public CanonicalFile target() {
        return target;
    }

    public FileStats read(Path vendorFile, String batchId, IngestSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(vendorFile)) {
            return read(vendorFile.getFileName().toString(), in, batchId, sink);
        }
    }

    /**
     * Reads a vendor file as {@link #target()} rows.
     *
     * @throws IllegalArgumentException when the file lacks a column the mapping reads (a mapping error, not a bad row)
     */
    public FileStats read(String fileName, InputStream in, String batchId, IngestSink sink) throws IOException {
        try (CsvTable table = new CsvTable(in, delimiter, charset)) {
            List<String> header = table.header();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
            Set<String> read = new HashSet<>();
            for (Rule r : concat(columns, extra)) {
                for (String c : sourceColumns(r)) {
                    if (!index.containsKey(c)) {
                        throw new IllegalArgumentException("mapping " + name + " reads column '" + c + "' but "
                                + fileName + " has only " + header);
                    }
                    read.add(c);
                }
            }
            List<Integer> unmapped = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) if (!read.contains(header.get(i))) unmapped.add(i);
            Map<String, String> labels = new HashMap<>();
            for (Rule r : columns) labels.put(r.target(), r.label());
            RowLoop.RowFactory factory = (line, fields) -> toRow(fileName, line, fields, header, index, unmapped, labels);
            return RowLoop.run(fileName, table, factory, target, batchId, sink);
        }
    }

    private Row toRow(String file, long line, String[] fields, List<String> header, Map<String, Integer> index,
                      List<Integer> unmapped, Map<String, String> labels) throws RowRejected {
        Map<String, String> values = new HashMap<>();
        for (Rule r : columns) values.put(r.target(), apply(r, fields, index));
        Map<String, String> extras = new LinkedHashMap<>();
        for (Rule r : extra) {
            String v = apply(r, fields, index);
            if (v != null) extras.put(r.target(), v);
        }
        if (keepUnmapped) {
            for (int i : unmapped) {
                String v = fields[i] == null ? null : fields[i].strip();
                if (v != null && !v.isEmpty()) extras.put(header.get(i), v);
            }
        }
        return new Row(file, line, values, extras.isEmpty() ? Map.of() : extras, labels);
    }

    private static String apply(Rule r, String[] fields, Map<String, Integer> index) throws RowRejected {
        String raw;
        if (r.from() != null) raw = fields[index.get(r.from())];
        else if (r.constant() != null) raw = r.constant();
        else raw = fillTemplate(r.template(), fields, index);
        String v = raw == null ? null : raw.strip();
        if (v == null || v.isEmpty() || isNullToken(v, r.nullValues())) return null;
        if (r.when() == null && r.unless() == null && r.extract() == null && r.rewrites().isEmpty()) return v;
        String t = Normalizer.text(v);
        if (r.when() != null && !r.when().matcher(t).matches()) return null;
        if (r.unless() != null && r.unless().matcher(t).matches()) return null;
        if (r.extract() != null) {
            Matcher m = r.extract().matcher(v);
            if (!m.find()) return null;
            v = m.groupCount() >= 1 ? m.group(1) : m.group();
            t = Normalizer.text(v);
        }
        for (Rewrite rw : r.rewrites()) {
            Matcher m = rw.match().matcher(t);
            if (!m.matches()) continue;
            if (rw.reject() != null) throw new RowRejected(r.label(), raw, rw.reject(), rw.detail());
            v = m.replaceAll(rw.replace());
            t = Normalizer.text(v);
        }
        return v;
    }

    private static String fillTemplate(String template, String[] fields, Map<String, Integer> index) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = fields[index.get(m.group(1))];
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : v.strip()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static boolean isNullToken(String v, Set<String> tokens) {
        // tokens are short words (N/A, 无): skip normalising long values such as a business scope
        return !tokens.isEmpty() && v.length() <= 2 * MAX_TOKEN_CHARS
                && tokens.contains(Normalizer.text(v).toUpperCase(Locale.ROOT));
    }

    private static Set<String> tokens(List<String> values) {
        Set<String> s = new HashSet<>();
        if (values == null) return s;
        for (String v : values) {
            String t = Normalizer.text(v);
            if (t == null || t.length() > MAX_TOKEN_CHARS) throw new IllegalArgumentException("null token too long: " + v);
            s.add(t.toUpperCase(Locale.ROOT));
        }
        return s;
    }

    private static Rule compile(String target, RuleSpec spec, Set<String> globalNulls) {
        if (spec == null) throw new IllegalArgumentException(target + ": empty rule");
        int sources = (spec.from() != null ? 1 : 0) + (spec.constant() != null ? 1 : 0) + (spec.template() != null ? 1 : 0);
        if (sources != 1) throw new IllegalArgumentException(target + ": exactly one of from, constant, template");
        Set<String> nulls = new HashSet<>(globalNulls);
        nulls.addAll(tokens(spec.nullValues()));
        List<Rewrite> rewrites = new ArrayList<>();
        if (spec.rewrite() != null) {
            for (RewriteSpec rw : spec.rewrite()) {
                if ((rw.replace() == null) == (rw.reject() == null)) {
                    throw new IllegalArgumentException(target + ": a rewrite has either replace or reject");
                }
                if (rw.reject() != null && !REASON_CODE.matcher(rw.reject()).matches()) {
                    throw new IllegalArgumentException(target + ": reject must be a reason code, not " + rw.reject());
                }
                rewrites.add(new Rewrite(Pattern.compile(Objects.requireNonNull(rw.match(), target + ": match")),
                        rw.replace(), rw.reject(), rw.reject() == null ? null
                        : rw.detail() != null ? rw.detail() : "rejected by mapping rule " + rw.match()));
            }
        }
        String label = spec.from() != null ? spec.from() : target;
        return new Rule(target, label, spec.from(), spec.constant(), spec.template(), compileOrNull(spec.when()),
                compileOrNull(spec.unless()), compileOrNull(spec.extract()), List.copyOf(rewrites), Set.copyOf(nulls));
    }

    private static Pattern compileOrNull(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    private static List<String> sourceColumns(Rule r) {
        if (r.from() != null) return List.of(r.from());
        if (r.template() == null) return List.of();
        List<String> cols = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(r.template());
        while (m.find()) cols.add(m.group(1));
        return cols;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
