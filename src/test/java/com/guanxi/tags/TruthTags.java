package com.guanxi.tags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.analysis.AnalysisParams;
import com.guanxi.analysis.CaseParty;
import com.guanxi.analysis.CompanyFacts;
import com.guanxi.analysis.CompanyRegistry;
import com.guanxi.analysis.ContactType;
import com.guanxi.analysis.ControlBasis;
import com.guanxi.analysis.ControlOutcome;
import com.guanxi.analysis.ControlResult;
import com.guanxi.analysis.CorporateGroup;
import com.guanxi.analysis.EquityResult;
import com.guanxi.analysis.GroupRef;
import com.guanxi.analysis.GuaranteeContract;
import com.guanxi.analysis.GuaranteeNetworkAnalysis;
import com.guanxi.analysis.GuaranteeNetworkResult;
import com.guanxi.analysis.GuaranteeProjection;
import com.guanxi.analysis.Holding;
import com.guanxi.analysis.OwnershipCycles;
import com.guanxi.analysis.OwnershipProjection;
import com.guanxi.analysis.PartyKind;
import com.guanxi.analysis.Serving;
import com.guanxi.analysis.SharedContactCluster;
import com.guanxi.analysis.SharedContactResult;
import com.guanxi.ingest.Money;
import com.guanxi.ingest.Normalizer;
import com.guanxi.testsupport.SharedData;
import com.guanxi.testsupport.Truth;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subjects every tag code should have on the sample as of 2024-06-30, computed from truth.json (and, for the
 * shareholdings and positions that truth.json does not list, from the input files with the entity behind every name
 * taken from truth_mentions.jsonl), following definitions.md "Risk tags" — independently of the service's code.
 */
final class TruthTags {
    static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
    /** definitions.md: a defendant in a loan or guarantee dispute (民间借贷 is private lending: a loan). */
    static final Set<String> DEBTOR_ROLES = Set.of("被告", "被执行人");
    static final List<String> LOAN_DISPUTE = List.of("借款", "借贷", "保证", "担保");

    private TruthTags() {
    }

    /** Expected subjects of each structural code (all but the litigation-based two). */
    static Map<String, Set<String>> structural() {
        JsonNode t = Truth.get();
        JsonNode g = t.get("guarantee");
        Map<String, Set<String>> expected = new HashMap<>();
        Set<String> mutual = new TreeSet<>();
        g.get("mutualPairs").forEach(pair -> pair.forEach(id -> mutual.add(id.asText())));
        expected.put("MUTUAL_GUARANTEE", mutual);
        expected.put("GUARANTEE_LOOP", membersOf(g.get("loops")));
        expected.put("GUARANTEE_CIRCLE", membersOf(g.get("circles")));
        expected.put("LONG_GUARANTEE_CHAIN", texts(g.get("longChainMembers")));
        expected.put("OVER_GUARANTEE", ids(g.get("overGuarantee")));
        expected.put("ABNORMAL_STATUS", ids(g.get("abnormalStatus")));
        JsonNode control = t.get("equity").get("control");
        Set<String> grouped = new TreeSet<>();
        for (JsonNode group : t.get("equity").get("groups")) {
            if (group.get("size").asInt() < 2) continue;
            grouped.addAll(texts(group.get("members")));
            if (control.has(group.get("root").asText())) grouped.add(group.get("root").asText());
        }
        expected.put("GROUP_MEMBER", grouped);
        Set<String> uncontrolled = new TreeSet<>();
        control.fields().forEachRemaining(e -> {
            if (e.getValue().get("ultimateController").isNull()) uncontrolled.add(e.getKey());
        });
        expected.put("NO_ULTIMATE_CONTROLLER", uncontrolled);
        expected.put("CROSS_HOLDING", texts(t.get("equity").get("crossHolding")));
        Set<String> shared = new TreeSet<>();
        for (JsonNode cluster : t.get("sharedContacts")) {
            if (cluster.get("tagged").asBoolean()) shared.addAll(texts(cluster.get("members")));
        }
        expected.put("SHARED_CONTACT", shared);
        return expected;
    }

    /** The defendants of loan or guarantee disputes named in truth.json "judgments". */
    static Set<String> debtors() {
        Set<String> debtors = new TreeSet<>();
        for (JsonNode j : Truth.get().get("judgments")) {
            String cause = j.get("cause").asText();
            if (LOAN_DISPUTE.stream().noneMatch(cause::contains)) continue;
            for (JsonNode p : j.get("parties")) {
                if (DEBTOR_ROLES.contains(p.get("role").asText())) debtors.add(p.get("entityId").asText());
            }
        }
        return debtors;
    }

    /** CONTAGION_EXPOSED: every party reaching a debtor other than itself along the truth's active edges. */
    static Set<String> contagionExposed() {
        Map<String, Set<String>> guarantorsOf = new HashMap<>();
        for (JsonNode e : Truth.get().get("guarantee").get("edges")) {
            guarantorsOf.computeIfAbsent(e.get(1).asText(), k -> new HashSet<>()).add(e.get(0).asText());
        }
        Set<String> exposed = new TreeSet<>();
        for (String debtor : debtors()) {
            Set<String> seen = new HashSet<>();
            List<String> stack = new ArrayList<>(guarantorsOf.getOrDefault(debtor, Set.of()));
            while (!stack.isEmpty()) {
                String y = stack.remove(stack.size() - 1);
                if (seen.add(y)) stack.addAll(guarantorsOf.getOrDefault(y, Set.of()));
            }
            seen.remove(debtor);
            exposed.addAll(seen);
        }
        return exposed;
    }

    /** RELATED_PARTY_LITIGATION: registry companies with a debtor among their associated parties (not themselves). */
    static Set<String> relatedPartyLitigation() {
        JsonNode t = Truth.get();
        Set<String> debtors = debtors();
        JsonNode control = t.get("equity").get("control");
        Map<String, Set<String>> associated = new HashMap<>();
        // Controllers, and the companies under the same ultimate controller.
        control.fields().forEachRemaining(e -> {
            List<String> path = new ArrayList<>(texts(e.getValue().get("controlPath")));
            path.remove(e.getKey());
            associated.computeIfAbsent(e.getKey(), k -> new HashSet<>()).addAll(path);
        });
        for (JsonNode group : t.get("equity").get("groups")) {
            Set<String> companies = new HashSet<>(texts(group.get("members")));
            if (control.has(group.get("root").asText())) companies.add(group.get("root").asText());
            for (String c : companies) associated.computeIfAbsent(c, k -> new HashSet<>()).addAll(companies);
        }
        // Direct shareholders and investees at the date (a holding whose ratio cannot be known does not count, as in
        // the ownership graph of definitions.md "Equity and control").
        for (String[] h : holdings()) {
            if (Double.parseDouble(h[2]) > 0) link(associated, h[0], h[1]);
        }
        // Officers, and the other companies they serve.
        Map<String, Set<String>> offices = new HashMap<>();
        for (String[] s : servings()) {
            link(associated, s[0], s[1]);
            offices.computeIfAbsent(s[0], k -> new HashSet<>()).add(s[1]);
        }
        for (Set<String> companies : offices.values()) {
            for (String c : companies) associated.computeIfAbsent(c, k -> new HashSet<>()).addAll(companies);
        }
        // Guarantee counterparties, litigation counterparties, shared contacts.
        for (JsonNode e : t.get("guarantee").get("edges")) link(associated, e.get(0).asText(), e.get(1).asText());
        for (JsonNode j : t.get("judgments")) {
            Set<String> parties = new HashSet<>();
            j.get("parties").forEach(p -> parties.add(p.get("entityId").asText()));
            for (String p : parties) associated.computeIfAbsent(p, k -> new HashSet<>()).addAll(parties);
        }
        for (JsonNode cluster : t.get("sharedContacts")) {
            Set<String> members = texts(cluster.get("members"));
            for (String m : members) associated.computeIfAbsent(m, k -> new HashSet<>()).addAll(members);
        }
        Set<String> expected = new TreeSet<>();
        control.fieldNames().forEachRemaining(c -> {
            for (String party : associated.getOrDefault(c, Set.of())) {
                if (!party.equals(c) && debtors.contains(party)) expected.add(c);
            }
        });
        return expected;
    }

    /** [holder, company, ratio] of every good shareholders.csv row in force at the date, entities from truth_mentions. */
    static List<String[]> holdings() {
        Map<Integer, Map<String, String>> mentions = mentions("shareholders.csv");
        Map<String, BigDecimal> capital = new HashMap<>();
        registry().forEach(c -> {
            if (c.registeredCapital() != null) capital.put(c.id(), c.registeredCapital().amount());
        });
        List<String[]> out = new ArrayList<>();
        forEachRow("shareholders.csv", (line, row) -> {
            Map<String, String> m = mentions.get(line);
            if (m == null) return;
            String company = m.getOrDefault("company_name", m.get("company_uscc"));
            String holder = m.getOrDefault("shareholder_name", m.get("shareholder_uscc"));
            LocalDate since = date(row.getField("since"));
            if (company == null || holder == null || (since != null && since.isAfter(AS_OF))) return;
            BigDecimal ratio = Normalizer.ratio(row.getField("ratio")).value();
            Money subscribed = Normalizer.amount(row.getField("subscribed_capital")).value();
            if (ratio == null && subscribed != null && capital.containsKey(company)) {
                ratio = subscribed.amount().divide(capital.get(company), 12, RoundingMode.HALF_EVEN);
            }
            out.add(new String[]{holder, company, ratio == null ? "0" : ratio.min(BigDecimal.ONE).toPlainString()});
        });
        return out;
    }

    /** The registry companies (truth's equity.control keys) with their facts from companies.csv. */
    static List<CompanyFacts> registry() {
        JsonNode control = Truth.get().get("equity").get("control");
        List<CompanyFacts> out = new ArrayList<>();
        forEachRow("companies.csv", (line, row) -> {
            String uscc = row.getField("uscc").strip();
            String id = uscc.isEmpty() ? "REGNO-" + row.getField("reg_no").strip() : uscc;
            if (!control.has(id) || out.stream().anyMatch(c -> c.id().equals(id))) return;
            out.add(new CompanyFacts(id, Normalizer.amount(row.getField("registered_capital")).value(),
                    blankToNull(row.getField("status")), null, blankToNull(row.getField("address")),
                    blankToNull(row.getField("phone")), blankToNull(row.getField("email"))));
        });
        return out;
    }

    /**
     * The analytics inputs as truth.json resolves them: registry facts, truth's contracts (active or not), its
     * control, groups, cross-holdings and shared contacts, and the holdings and positions of the input files with
     * truth's entities. Guarantee-network results are computed from the contracts by the analysis algorithms.
     */
    static TagSources sources() {
        JsonNode t = Truth.get();
        CompanyRegistry registry = CompanyRegistry.of(registry());
        List<GuaranteeContract> contracts = new ArrayList<>();
        t.get("guarantee").get("contracts").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            contracts.add(new GuaranteeContract(e.getKey(), c.get("guarantor").asText(), kind(c.get("guarantor").asText()),
                    c.get("borrower").asText(), kind(c.get("borrower").asText()), c.get("amount").asDouble(), null, null,
                    c.get("active").asBoolean() ? GuaranteeContract.Status.ACTIVE : GuaranteeContract.Status.RELEASED));
        });
        AnalysisParams params = AnalysisParams.defaults();
        GuaranteeNetworkResult guarantees = GuaranteeNetworkAnalysis.analyse(GuaranteeProjection.of(contracts), registry,
                AS_OF, params);
        List<Holding> holdings = new ArrayList<>();
        for (String[] h : holdings()) {
            // As the projection loader does: a holding whose ratio is unknown is left out.
            if (Double.parseDouble(h[2]) > 0) holdings.add(new Holding(h[0], kind(h[0]), h[1], Double.parseDouble(h[2]), null));
        }
        Map<String, ControlOutcome> outcomes = new HashMap<>();
        t.get("equity").get("control").fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            String controller = c.get("ultimateController").isNull() ? null : c.get("ultimateController").asText();
            JsonNode group = c.get("group");
            outcomes.put(e.getKey(), new ControlOutcome(e.getKey(), controller,
                    controller == null ? null : kind(controller),
                    controller == null ? null : ControlBasis.valueOf(c.get("basis").asText().toUpperCase(Locale.ROOT)),
                    pathOf(c.get("controlPath")),
                    group == null || group.isNull() ? null : new GroupRef(group.get("rootId").asText(), group.get("size").asInt())));
        });
        List<CorporateGroup> groups = new ArrayList<>();
        for (JsonNode g : t.get("equity").get("groups")) {
            groups.add(new CorporateGroup(g.get("root").asText(), kind(g.get("root").asText()),
                    List.copyOf(texts(g.get("members"))), g.get("size").asInt()));
        }
        List<List<String>> cycles = new ArrayList<>();
        t.get("equity").get("ownershipCycles").forEach(c -> cycles.add(List.copyOf(texts(c))));
        EquityResult equity = new EquityResult(AS_OF, new ControlResult(outcomes, groups, 1, true), Map.of(), List.of(),
                new OwnershipCycles(cycles, List.copyOf(texts(t.get("equity").get("crossHolding")))));
        List<SharedContactCluster> clusters = new ArrayList<>();
        for (JsonNode c : t.get("sharedContacts")) {
            clusters.add(new SharedContactCluster(ContactType.valueOf(c.get("type").asText().toUpperCase(Locale.ROOT)),
                    c.get("value").asText(), List.copyOf(texts(c.get("members"))), c.get("size").asInt(),
                    c.get("tagged").asBoolean()));
        }
        List<Serving> servings = new ArrayList<>();
        for (String[] s : servings()) servings.add(new Serving(s[0], s[1], null));
        return new TagSources("truth", AS_OF, registry, OwnershipProjection.of(holdings).asOf(AS_OF), guarantees, equity,
                new SharedContactResult(clusters), servings);
    }

    /** Every party of truth.json "judgments" with the case's cause. */
    static List<CaseParty> caseParties() {
        List<CaseParty> out = new ArrayList<>();
        for (JsonNode j : Truth.get().get("judgments")) {
            for (JsonNode p : j.get("parties")) {
                out.add(new CaseParty(j.get("caseNoNormalized").asText(), j.get("cause").asText(),
                        p.get("entityId").asText(), p.get("role").asText()));
            }
        }
        return out;
    }

    private static PartyKind kind(String id) {
        if (id.startsWith("EXT-")) return PartyKind.EXTERNAL;
        return Truth.get().get("entities").get("persons").has(id) ? PartyKind.PERSON : PartyKind.COMPANY;
    }

    private static List<String> pathOf(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** [person, company] of every position: personnel.csv rows and the legal representatives of companies.csv. */
    static List<String[]> servings() {
        List<String[]> out = new ArrayList<>();
        Map<Integer, Map<String, String>> personnel = mentions("personnel.csv");
        personnel.values().forEach(m -> {
            String company = m.getOrDefault("company_uscc", m.get("company_name"));
            if (company != null && m.containsKey("person_name")) out.add(new String[]{m.get("person_name"), company});
        });
        Map<Integer, Map<String, String>> reps = mentions("companies.csv");
        forEachRow("companies.csv", (line, row) -> {
            Map<String, String> m = reps.get(line);
            if (m == null || !m.containsKey("legal_rep")) return;
            String uscc = row.getField("uscc").strip();
            out.add(new String[]{m.get("legal_rep"), uscc.isEmpty() ? "REGNO-" + row.getField("reg_no").strip() : uscc});
        });
        return out;
    }

    private static void link(Map<String, Set<String>> associated, String a, String b) {
        associated.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        associated.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    /** file line -> field -> entity id, from truth_mentions.jsonl. */
    private static Map<Integer, Map<String, String>> mentions(String file) {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, Map<String, String>> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(SharedData.samplesSmall().resolve("truth_mentions.jsonl"))) {
                JsonNode m = json.readTree(line);
                if (!m.get("file").asText().equals(file)) continue;
                out.computeIfAbsent(m.get("line").asInt(), k -> new HashMap<>())
                        .put(m.get("field").asText(), m.get("entityId").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private interface RowConsumer {
        void accept(int line, NamedCsvRecord row);
    }

    private static void forEachRow(String file, RowConsumer consumer) {
        Path path = SharedData.samplesSmall().resolve(file);
        try (var reader = CsvReader.builder().ofNamedCsvRecord(path, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord row : reader) {
                if (row.getFieldCount() == row.getHeader().size()) consumer.accept((int) row.getStartingLineNumber(), row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\D?(\\d{1,2})\\D?(\\d{1,2})\\D?");

    /** The date formats of the sample: 2021/4/29, 20220804, 2016-06-25, 2017年9月20日; null when blank. */
    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) return null;
        Matcher m = DATE.matcher(raw.strip());
        if (!m.matches()) return null;
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static Set<String> membersOf(JsonNode groups) {
        Set<String> out = new TreeSet<>();
        groups.forEach(g -> out.addAll(texts(g.get("members"))));
        return out;
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
