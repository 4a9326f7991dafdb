package com.guanxi.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static com.guanxi.ingest.DemoVocabulary.BANKS;
import static com.guanxi.ingest.DemoVocabulary.Bank;
import static com.guanxi.ingest.DemoVocabulary.CAUSES;
import static com.guanxi.ingest.DemoVocabulary.COMPANY_TYPES;
import static com.guanxi.ingest.DemoVocabulary.FOREIGN_HOLDERS;
import static com.guanxi.ingest.DemoVocabulary.FORMS;
import static com.guanxi.ingest.DemoVocabulary.GIVEN_NAMES;
import static com.guanxi.ingest.DemoVocabulary.GUARANTEE_TYPES;
import static com.guanxi.ingest.DemoVocabulary.INDUSTRIES;
import static com.guanxi.ingest.DemoVocabulary.Industry;
import static com.guanxi.ingest.DemoVocabulary.LEGAL_REP_POSITIONS;
import static com.guanxi.ingest.DemoVocabulary.OTHER_POSITIONS;
import static com.guanxi.ingest.DemoVocabulary.REGIONS;
import static com.guanxi.ingest.DemoVocabulary.ROADS;
import static com.guanxi.ingest.DemoVocabulary.Region;
import static com.guanxi.ingest.DemoVocabulary.SURNAMES;
import static com.guanxi.ingest.DemoVocabulary.TRADE_CHARS;

/**
 * Writes a realistic demo dataset in the canonical import format (shared/contracts/import-format.md) at any size, for
 * the demo and for benchmarks. Deterministic for a seed.
 *
 * <p>What it holds: registry companies with checksum-valid USCCs on real division codes (GB 32100 + GB 11714) and
 * names made of region + 字号 + industry + legal form, some with former names; shareholders (persons, companies,
 * 国资委, partnerships, foreign holders) forming pyramids, state groups, dispersed and relative holdings and a few
 * cross-holdings; personnel with the controller serving across a group and many same-name persons; guarantees
 * with parent-for-subsidiary contracts, mutual pairs, loops, chains, stars (circles), person guarantors, released and
 * expired contracts; judgments in the style of the sample's judgments.jsonl; shell clusters sharing an address and
 * phone; value formats mixed the way sources mix them (万元/万元人民币/1,200,000, 2021/3/5 and 2021年3月5日, 51% and
 * 0.51, full-width and half-width brackets, spaces and omitted regions in names). Bad rows are planted at about
 * {@value #BAD_ROW_RATE_PERCENT}% and listed with file, line, reason and column in {@value #PLANTED_FILE}.
 *
 * <p>Memory is constant in the number of companies: files are written as a stream, and any company's identity
 * (name, USCC, region) is a pure function of (seed, index), so later rows can refer to earlier companies without
 * keeping them. Names and USCCs are unique by construction (a bijection of the index onto the name space).
 */
public final class DemoDataGenerator {
    public static final String PLANTED_FILE = "planted_rejects.jsonl";
    static final double BAD_ROW_RATE_PERCENT = 0.5;
    private static final double BAD_ROW_RATE = BAD_ROW_RATE_PERCENT / 100;
    private static final int HOSTILE_COMPANY = 7;
    private static final String HOSTILE_NAME = "北京<script>alert(1)</script>科技有限公司";
    private static final String HOSTILE_PERSON = "x') DETACH DELETE n //";
    private static final LocalDate EPOCH = LocalDate.of(1995, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CITIES = REGIONS.stream().map(Region::city).distinct().toList();

    /** One planted bad row: where it is and why the reader must reject it. */
    public record PlantedReject(String file, long line, String reason, String column) {
    }

    /** What was written: data rows per file (bad rows included) and how many of them are planted bad rows. */
    public record Manifest(long seed, int companies, Map<String, Long> dataRows, long plantedRejects) {
    }

    /** A registry company's identity, derived from its index alone. */
    record Company(int index, String uscc, String name, Region region, Industry industry, LocalDate established,
                   long capitalWan, String currency, List<String> formerNames, String tradeName) {
    }

    private enum HolderKind { PERSON, COMPANY, STATE, PARTNERSHIP, FOREIGN }

    private record Holder(HolderKind kind, String name, String uscc, Company company) {
    }

    private final long seed;
    private SplittableRandom rng;
    private int n;
    private long nameSpace;
    private long nameMul;
    private long nameAdd;
    private boolean threeCharTrades;

    private Out companies;
    private Out shareholders;
    private Out personnel;
    private Out guarantees;
    private Writer judgments;
    private long judgmentLine;
    private long judgmentRows;
    private Writer planted;
    private long plantedCount;
    private final Map<String, Integer> badCursor = new LinkedHashMap<>();
    private int personCounter;
    private int contractCounter;
    private int badCompanyCounter;
    private boolean hostilePersonWritten;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes companies.csv, shareholders.csv, personnel.csv, guarantees.csv, judgments.jsonl and the planted list. */
    public Manifest generate(Path dir, int companyCount) throws IOException {
        if (companyCount < 1) throw new IllegalArgumentException("at least one company");
        Files.createDirectories(dir);
        this.n = companyCount;
        this.rng = new SplittableRandom(seed);
        setUpNameSpace();
        try (Out c = new Out(dir.resolve("companies.csv"), withExtra(CanonicalFile.COMPANIES.columns(), "data_source"));
             Out s = new Out(dir.resolve("shareholders.csv"), CanonicalFile.SHAREHOLDERS.columns());
             Out p = new Out(dir.resolve("personnel.csv"), List.of("person_name", "position", "company_uscc", "company_name"));
             Out g = new Out(dir.resolve("guarantees.csv"), CanonicalFile.GUARANTEES.columns());
             Writer j = Files.newBufferedWriter(dir.resolve("judgments.jsonl"), StandardCharsets.UTF_8);
             Writer pl = Files.newBufferedWriter(dir.resolve(PLANTED_FILE), StandardCharsets.UTF_8)) {
            companies = c;
            shareholders = s;
            personnel = p;
            guarantees = g;
            judgments = j;
            planted = pl;
            int i = 0;
            while (i < n) i += cluster(i);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("companies.csv", companies.rows);
        rows.put("shareholders.csv", shareholders.rows);
        rows.put("personnel.csv", personnel.rows);
        rows.put("guarantees.csv", guarantees.rows);
        rows.put("judgments.jsonl", judgmentRows);
        Manifest m = new Manifest(seed, n, rows, plantedCount);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("manifest.json").toFile(), m);
        return m;
    }

    /** Reads the planted bad rows back (one JSON object a line). */
    public static List<PlantedReject> readPlanted(Path dir) throws IOException {
        List<PlantedReject> list = new ArrayList<>();
        try (var lines = Files.lines(dir.resolve(PLANTED_FILE), StandardCharsets.UTF_8)) {
            for (String l : (Iterable<String>) lines::iterator) {
                if (!l.isBlank()) list.add(JSON.readValue(l, PlantedReject.class));
            }
        }
        return list;
    }

    /** {@code DemoDataGenerator <output folder> [companies=10000] [seed=20240630]} */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "demo-data");
        int count = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240630L;
        long t0 = System.nanoTime();
        Manifest m = new DemoDataGenerator(seed).generate(out, count);
        System.out.printf("wrote %s in %.1f s: %s, %d planted bad rows%n", out.toAbsolutePath(),
                (System.nanoTime() - t0) / 1e9, m.dataRows(), m.plantedRejects());
    }

    // ================================================================== identities (pure functions of the index)

    private void setUpNameSpace() {
        long p = TRADE_CHARS.length();
        long perTrade = (long) CITIES.size() * INDUSTRIES.size() * FORMS.size();
        long twoChar = p * p * perTrade;
        long needed = 4L * n + 1_000_000; // current names, two former names each, bad-row fakes
        threeCharTrades = needed > twoChar;
        nameSpace = threeCharTrades ? (p * p + p * p * p) * perTrade : twoChar;
        if (needed > nameSpace) throw new IllegalArgumentException("too many companies for the name space");
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long mul;
        do {
            mul = 1_000_003 + r.nextLong(1_000_000_000L);
        } while (gcd(mul, nameSpace) != 1);
        nameMul = mul;
        nameAdd = r.nextLong(nameSpace);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private SplittableRandom rngFor(long index, long salt) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + salt);
    }

    /** Company {@code i}: a registry company for i &lt; n; larger indexes are fakes for bad rows. */
    Company company(int i) {
        SplittableRandom r = rngFor(i, 1);
        NameParts parts = nameParts(i);
        Region region = regionIn(parts.city, r);
        LocalDate established = EPOCH.plusDays(r.nextInt(29 * 365));
        String uscc = uscc(i, region, established);
        String name = i == HOSTILE_COMPANY ? HOSTILE_NAME : parts.render(r);
        long[] capitals = {100, 200, 300, 500, 500, 1000, 1000, 2000, 3000, 5000, 5000, 10000, 20000, 50000};
        long capital = capitals[r.nextInt(capitals.length)];
        String currency = r.nextInt(50) == 0 ? "USD" : "CNY";
        List<String> former = List.of();
        int f = r.nextInt(100);
        if (f < 8 && i < n) {
            former = f < 2 ? List.of(nameParts(n + 2L * i).render(r), nameParts(n + 2L * i + 1).render(r))
                    : List.of(nameParts(n + 2L * i).render(r));
        }
        return new Company(i, uscc, name, region, parts.industry, established, capital, currency, former, parts.trade);
    }

    private record NameParts(String city, String trade, Industry industry, String form) {
        String render(SplittableRandom r) {
            String cityShort = city.substring(0, city.length() - 1);
            int style = r.nextInt(10);
            if (style < 5) return city + trade + industry.word() + form;
            if (style < 9) return cityShort + trade + industry.word() + form;
            return trade + "（" + cityShort + "）" + industry.word() + form;
        }
    }

    private NameParts nameParts(long slot) {
        long x = Math.floorMod(nameMul * slot + nameAdd, nameSpace);
        String form = FORMS.get((int) (x % FORMS.size()));
        x /= FORMS.size();
        Industry industry = INDUSTRIES.get((int) (x % INDUSTRIES.size()));
        x /= INDUSTRIES.size();
        String city = CITIES.get((int) (x % CITIES.size()));
        x /= CITIES.size();
        int p = TRADE_CHARS.length();
        String trade;
        if (x < (long) p * p) {
            trade = "" + TRADE_CHARS.charAt((int) (x / p)) + TRADE_CHARS.charAt((int) (x % p));
        } else {
            x -= (long) p * p;
            trade = "" + TRADE_CHARS.charAt((int) (x / p / p)) + TRADE_CHARS.charAt((int) (x / p % p))
                    + TRADE_CHARS.charAt((int) (x % p));
        }
        return new NameParts(city, trade, industry, form);
    }

    private static final Map<String, List<Region>> REGIONS_BY_CITY = REGIONS.stream()
            .collect(java.util.stream.Collectors.groupingBy(Region::city));

    private static Region regionIn(String city, SplittableRandom r) {
        List<Region> in = REGIONS_BY_CITY.get(city);
        return in.get(r.nextInt(in.size()));
    }

    private static String zeroPad(long value, int width) {
        String v = Long.toString(value);
        return v.length() >= width ? v : "0".repeat(width - v.length()) + v;
    }

    /** 9 (工商) + 1 (企业) + division code + organisation code (GB 11714) + check character (GB 32100). */
    private String uscc(long i, Region region, LocalDate established) {
        String body;
        if (established.getYear() >= 2016) {
            long x = Math.floorMod(i * 7_368_787L + Math.floorMod(seed * 0x9E3779B97F4A7C15L, 887_503_681L), 887_503_681L); // 31^6; 7368787 prime to 31
            StringBuilder b = new StringBuilder("MA");
            char[] six = new char[6];
            for (int k = 5; k >= 0; k--) {
                six[k] = Uscc.CHARSET.charAt((int) (x % 31));
                x /= 31;
            }
            body = b.append(six).toString();
        } else {
            long x = Math.floorMod(i * 73_939_133L + Math.floorMod(seed * 0x9E3779B97F4A7C15L, 100_000_000L), 100_000_000L); // odd, not ×5: a bijection
            body = zeroPad(x, 8);
        }
        String first17 = "91" + region.code() + body + Uscc.organisationCodeCheckDigit(body);
        return first17 + Uscc.checkCharacter(first17);
    }

    private String personName(int personId) {
        SplittableRandom r = rngFor(personId, 2);
        return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(r.nextInt(GIVEN_NAMES.size()));
    }

    private int newPerson() {
        return ++personCounter;
    }

    // ================================================================== clusters

    /** Writes one cluster starting at company {@code i}; returns its size. */
    private int cluster(int i) {
        int remaining = n - i;
        double u = rng.nextDouble();
        List<Company> members = new ArrayList<>();
        if (u < 0.50 || remaining < 4) {
            members.add(company(i));
            standalone(members.get(0), false);
        } else if (u < 0.70) {
            int size = Math.min(remaining, 3 + rng.nextInt(10));
            for (int k = 0; k < size; k++) members.add(company(i + k));
            pyramid(members, false);
        } else if (u < 0.75) {
            int size = Math.min(remaining, 3 + rng.nextInt(6));
            for (int k = 0; k < size; k++) members.add(company(i + k));
            pyramid(members, true);
        } else if (u < 0.79) {
            int size = Math.min(remaining, 2 + rng.nextInt(2));
            for (int k = 0; k < size; k++) members.add(company(i + k));
            crossHolding(members);
        } else if (u < 0.95) {
            members.add(company(i));
            standalone(members.get(0), true);
        } else {
            int size = Math.min(remaining, 6 + rng.nextInt(4));
            for (int k = 0; k < size; k++) members.add(company(i + k));
            shellCluster(members);
        }
        for (Company c : members) randomGuarantees(c);
        return members.size();
    }

    /** A company with its own holders: persons, sometimes a partnership, a foreign parent or a dispersed register. */
    private void standalone(Company c, boolean unusual) {
        int rep = newPerson();
        writeCompany(c, rep, COMPANY_TYPES.get(rng.nextInt(COMPANY_TYPES.size())), null, null);
        List<Holder> holders = new ArrayList<>();
        List<Integer> pct = new ArrayList<>();
        int kind = unusual ? rng.nextInt(4) : -1;
        if (kind == 0) { // dispersed: nobody reaches 30%
            int k = 4 + rng.nextInt(4);
            splitPercent(100, k, 29, pct);
            for (int h = 0; h < k; h++) holders.add(person(h == 0 ? rep : newPerson()));
        } else if (kind == 1) { // holding platform
            holders.add(new Holder(HolderKind.PARTNERSHIP, c.region().cityShort() + c.tradeName() + "企业管理合伙企业（有限合伙）",
                    null, null));
            holders.add(person(rep));
            pct.add(40 + rng.nextInt(20));
            pct.add(100 - pct.get(0));
        } else if (kind == 2) { // foreign parent
            holders.add(new Holder(HolderKind.FOREIGN, FOREIGN_HOLDERS.get(rng.nextInt(FOREIGN_HOLDERS.size())), null, null));
            pct.add(rng.nextBoolean() ? 100 : 75);
            if (pct.get(0) < 100) {
                holders.add(person(rep));
                pct.add(25);
            }
        } else { // one to three persons, the legal representative first
            int k = 1 + rng.nextInt(3);
            splitPercent(100, k, 100, pct);
            for (int h = 0; h < k; h++) holders.add(person(h == 0 ? rep : newPerson()));
        }
        for (int h = 0; h < holders.size(); h++) writeHolding(c, holders.get(h), pct.get(h));
        writePersonnel(c, rep, List.of());
        if (rng.nextInt(30) == 0) guarantee(person(rep), c); // the boss guarantees his company's loan
    }

    /** Root held by a person (or 国资委); each further member held by an earlier member, sometimes with a minority. */
    private void pyramid(List<Company> members, boolean state) {
        Company root = members.get(0);
        int controller = newPerson();
        int rootRep = state ? newPerson() : controller;
        writeCompany(root, rootRep, state ? "有限责任公司（国有独资）" : "有限责任公司（自然人投资或控股）", null, null);
        if (state) {
            writeHolding(root, new Holder(HolderKind.STATE, root.region().city() + "人民政府国有资产监督管理委员会", null, null), 100);
        } else {
            int main = 51 + rng.nextInt(50);
            writeHolding(root, person(controller), main);
            if (main < 100) writeHolding(root, person(newPerson()), 100 - main);
        }
        writePersonnel(root, rootRep, List.of());
        for (int k = 1; k < members.size(); k++) {
            Company sub = members.get(k);
            Company parent = members.get(rng.nextInt(k));
            int rep = newPerson();
            writeCompany(sub, rep, "有限责任公司（法人独资）", null, null);
            int share = rng.nextInt(4) == 0 ? 30 + rng.nextInt(21) : 51 + rng.nextInt(50);
            writeHolding(sub, company(parent), share);
            if (share < 100) {
                int rest = 100 - share;
                if (rest > 20 && rng.nextBoolean()) {
                    int a = 1 + rng.nextInt(rest - 1);
                    writeHolding(sub, person(newPerson()), a);
                    writeHolding(sub, person(newPerson()), rest - a);
                } else {
                    writeHolding(sub, person(newPerson()), rest);
                }
            }
            // the controller sits on the boards across the group (交叉任职)
            writePersonnel(sub, rep, state ? List.of() : List.of(controller));
            if (rng.nextInt(3) == 0) guarantee(company(parent), sub);
        }
    }

    /** Two or three companies holding stakes in each other (相互持股). */
    private void crossHolding(List<Company> members) {
        int m = members.size();
        int[] reps = new int[m];
        for (int k = 0; k < m; k++) {
            reps[k] = newPerson();
            writeCompany(members.get(k), reps[k], "有限责任公司（自然人投资或控股）", null, null);
        }
        for (int k = 0; k < m; k++) {
            Company c = members.get(k);
            Company next = members.get((k + 1) % m);
            int cross = 10 + rng.nextInt(21);
            writeHolding(c, company(next), cross);
            writeHolding(c, person(reps[k]), 100 - cross);
            writePersonnel(c, reps[k], List.of());
        }
    }

    /** Companies registered at one agent's address with one phone (疑似空壳). */
    private void shellCluster(List<Company> members) {
        Region r = members.get(0).region();
        String address = r.province().equals(r.city()) ? r.city() + r.district() + "创业大道" + (1 + rng.nextInt(999)) + "号"
                + (1 + rng.nextInt(30)) + "层" : r.province() + r.city() + r.district() + "创业大道" + (1 + rng.nextInt(999)) + "号";
        String phone = r.areaCode() + "-" + (20_000_000 + rng.nextInt(79_999_999));
        int boss = newPerson();
        for (Company c : members) {
            writeCompany(c, boss, "有限责任公司（自然人独资）", address, phone);
            writeHolding(c, person(boss), 100);
            writePersonnel(c, boss, List.of());
        }
    }

    private void randomGuarantees(Company c) {
        if (c.index() < 10) return;
        if (rng.nextInt(8) == 0) guarantee(company(c), earlier(c));
        int pattern = rng.nextInt(200);
        if (pattern < 3) { // mutual guarantee (互保)
            Company other = earlier(c);
            guarantee(company(c), other);
            guarantee(company(other), c);
        } else if (pattern < 5) { // loop (循环担保)
            List<Company> loop = distinctEarlier(c, 2 + rng.nextInt(3));
            loop.add(0, c);
            for (int k = 0; k < loop.size(); k++) guarantee(company(loop.get(k)), loop.get((k + 1) % loop.size()));
        } else if (pattern < 7) { // chain (担保链)
            List<Company> chain = distinctEarlier(c, 3 + rng.nextInt(4));
            chain.add(0, c);
            for (int k = 0; k + 1 < chain.size(); k++) guarantee(company(chain.get(k)), chain.get(k + 1));
        } else if (pattern < 10) { // star: one company guarantees several (担保圈)
            for (Company b : distinctEarlier(c, 3)) guarantee(company(c), b);
        }
    }

    private Company earlier(Company c) {
        return company(rng.nextInt(c.index()));
    }

    private List<Company> distinctEarlier(Company c, int k) {
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < k) {
            int j = rng.nextInt(c.index());
            if (!picked.contains(j)) picked.add(j);
        }
        List<Company> list = new ArrayList<>();
        for (int j : picked) list.add(company(j));
        return list;
    }

    private Holder person(int personId) {
        return new Holder(HolderKind.PERSON, personName(personId), null, null);
    }

    private Holder company(Company c) {
        return new Holder(HolderKind.COMPANY, c.name(), c.uscc(), c);
    }

    private void splitPercent(int total, int k, int max, List<Integer> out) {
        int left = total;
        for (int h = 0; h < k; h++) {
            int slots = k - h;
            if (slots == 1) {
                out.add(left);
                break;
            }
            int lo = Math.max(1, left - max * (slots - 1));
            int hi = Math.min(max, left - (slots - 1));
            out.add(lo + rng.nextInt(hi - lo + 1));
            left -= out.get(out.size() - 1);
        }
    }

    // ================================================================== rows

    private void writeCompany(Company c, int legalRep, String type, String address, String phone) {
        SplittableRandom r = rngFor(c.index(), 3);
        Map<String, String> row = new LinkedHashMap<>();
        boolean oldStyle = c.established().getYear() < 2015 && r.nextInt(3) == 0;
        row.put("uscc", c.uscc());
        row.put("reg_no", oldStyle ? regNo(c) : "");
        row.put("name", c.name());
        row.put("former_names", String.join(r.nextBoolean() ? ";" : "；", c.formerNames()));
        row.put("legal_rep", personName(legalRep));
        row.put("registered_capital", capital(c.capitalWan(), c.currency(), r));
        row.put("established", date(c.established(), r));
        int s = r.nextInt(100);
        row.put("status", s < 70 ? "存续" : s < 92 ? "在业" : s < 96 ? "吊销" : s < 99 ? "注销" : "迁出");
        row.put("company_type", type);
        Region g = c.region();
        row.put("address", address != null ? address : (g.municipality() ? g.city() : g.province() + g.city()) + g.district()
                + ROADS.get(r.nextInt(ROADS.size())) + (1 + r.nextInt(999)) + "号" + (1 + r.nextInt(40)) + "0" + (1 + r.nextInt(9)) + "室");
        row.put("phone", phone != null ? phone : r.nextBoolean() ? g.areaCode() + "-" + (20_000_000 + r.nextInt(79_999_999))
                : "1" + (3 + r.nextInt(7)) + zeroPad(r.nextInt(1_000_000_000), 9));
        row.put("email", r.nextInt(4) == 0 ? "info" + c.index() + "@" + (r.nextBoolean() ? "163.com" : "qq.com") : "");
        row.put("industry", c.industry().classification());
        row.put("data_source", "demo");
        companies.write(row);
        maybeBadCompany();
    }

    private String regNo(Company c) {
        String first14 = c.region().code() + zeroPad(Math.floorMod(c.index() * 19_260_817L, 100_000_000L), 8);
        return first14 + RegNo.checkDigit(first14);
    }

    private void writeHolding(Company target, Holder h, int percent) {
        Map<String, String> row = new LinkedHashMap<>();
        putCompanyRef(row, "company_uscc", "company_name", target);
        row.put("shareholder_name", h.name());
        String type = switch (h.kind()) {
            case PERSON -> rng.nextInt(5) == 0 ? "" : "自然人";
            case COMPANY -> rng.nextInt(5) == 0 ? "" : "企业法人";
            case STATE -> "国有";
            case PARTNERSHIP -> "合伙企业";
            case FOREIGN -> "其他";
        };
        row.put("shareholder_type", type);
        row.put("shareholder_uscc", h.uscc() != null && rng.nextInt(4) != 0 ? h.uscc() : "");
        BigDecimal subscribed = BigDecimal.valueOf(target.capitalWan()).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100));
        boolean ratioGiven = rng.nextInt(8) != 0;
        row.put("ratio", ratioGiven ? ratio(percent) : "");
        row.put("subscribed_capital", !ratioGiven || rng.nextInt(3) == 0 ? wan(subscribed, target.currency()) : "");
        row.put("since", rng.nextBoolean() ? date(target.established().plusDays(rng.nextInt(2000)), rng) : "");
        shareholders.write(row);
        maybeBadShareholder();
    }

    private void writePersonnel(Company c, int legalRep, List<Integer> alsoServing) {
        Map<String, String> row = new LinkedHashMap<>();
        boolean hostile = !hostilePersonWritten && c.index() >= 3;
        row.put("person_name", hostile ? HOSTILE_PERSON : personName(legalRep));
        hostilePersonWritten |= hostile;
        row.put("position", LEGAL_REP_POSITIONS.get(rng.nextInt(LEGAL_REP_POSITIONS.size())));
        putCompanyRef(row, "company_uscc", "company_name", c);
        personnel.write(row);
        maybeBadPersonnel();
        List<Integer> people = new ArrayList<>(alsoServing);
        people.add(newPerson()); // a 监事 is always there
        for (int k = rng.nextInt(3); k > 0; k--) people.add(newPerson());
        for (int p = 0; p < people.size(); p++) {
            row = new LinkedHashMap<>();
            row.put("person_name", personName(people.get(p)));
            row.put("position", p == alsoServing.size() ? "监事" : p < alsoServing.size() ? "董事"
                    : OTHER_POSITIONS.get(1 + rng.nextInt(OTHER_POSITIONS.size() - 1)));
            putCompanyRef(row, "company_uscc", "company_name", c);
            personnel.write(row);
            maybeBadPersonnel();
        }
    }

    private void guarantee(Holder guarantor, Company borrower) {
        Bank bank = BANKS.get(rng.nextInt(BANKS.size()));
        LocalDate start = LocalDate.of(2018, 1, 1).plusDays(rng.nextInt(7 * 365));
        LocalDate end = start.plusYears(1 + rng.nextInt(5)).minusDays(rng.nextInt(30));
        int seq = ++contractCounter;
        String contract = rng.nextBoolean() ? bank.shortName() + start.getYear() + "保字第" + zeroPad(seq, 6) + "号"
                : "BZ" + bank.shortName() + start.getYear() + "-" + zeroPad(seq, 6);
        long wan = new long[]{100, 200, 300, 500, 800, 1000, 1500, 2000, 3000, 5000, 10000}[rng.nextInt(11)];
        Map<String, String> row = new LinkedHashMap<>();
        row.put("contract_id", contract);
        row.put("guarantor_name", guarantor.company() != null ? noisyName(guarantor.company()) : guarantor.name());
        row.put("guarantor_uscc", guarantor.uscc() != null && rng.nextInt(3) != 0 ? guarantor.uscc() : "");
        row.put("borrower_name", noisyName(borrower));
        row.put("borrower_uscc", rng.nextInt(3) != 0 ? borrower.uscc() : "");
        String branch = bank.name() + "股份有限公司" + borrower.region().cityShort()
                + (rng.nextBoolean() ? "分行" : borrower.region().district().substring(0, borrower.region().district().length() - 1) + "支行");
        row.put("creditor_name", rng.nextInt(20) == 0 ? " " + branch + " " : branch);
        row.put("amount", capital(wan, "CNY", rng));
        row.put("guarantee_type", rng.nextInt(10) == 0 ? "" : GUARANTEE_TYPES.get(rng.nextInt(GUARANTEE_TYPES.size())));
        row.put("start_date", rng.nextInt(15) == 0 ? "" : date(start, rng));
        row.put("end_date", rng.nextInt(15) == 0 ? "" : date(end, rng));
        int st = rng.nextInt(100);
        row.put("status", st < 6 ? (rng.nextBoolean() ? "released" : "解除") : st < 50 ? "active" : "");
        guarantees.write(row);
        maybeBadGuarantee();
        if (start.getYear() <= 2022 && rng.nextInt(5) == 0) judgment(bank, branch, borrower, guarantor, wan, start);
    }

    private void judgment(Bank bank, String plaintiff, Company borrower, Holder guarantor, long wan, LocalDate signed) {
        Region court = borrower.region();
        LocalDate filed = signed.plusDays(200 + rng.nextInt(700));
        LocalDate decided = filed.plusDays(60 + rng.nextInt(200));
        String caseNo = (rng.nextBoolean() ? "（" : "(") + decided.getYear() + (rng.nextBoolean() ? "）" : ")")
                + court.abbreviation() + court.courtCode() + "民初" + (1000 + rng.nextInt(39000)) + "号";
        String courtName = court.city() + court.district() + "人民法院";
        String cause = guarantor.kind() == HolderKind.PERSON && rng.nextBoolean() ? CAUSES.get(1) : CAUSES.get(0);
        int kind = rng.nextInt(10); // 0..6 判决书, 7..8 调解书, 9 裁定书
        String docType = kind < 7 ? "判决书" : kind < 9 ? "调解书" : "裁定书";
        String rep = personName(newPerson());
        String g = guarantor.name();
        StringBuilder t = new StringBuilder();
        t.append(courtName).append('\n').append("民 事 ").append(String.join(" ", docType.split(""))).append('\n')
                .append(caseNo).append('\n');
        t.append("原告：").append(plaintiff).append("，住所地").append(address(court)).append("。\n");
        t.append("负责人：").append(personName(newPerson())).append("，行长。\n");
        t.append("被告：").append(borrower.name()).append("，住所地").append(address(borrower.region())).append("。\n");
        t.append("法定代表人：").append(rep).append("，").append(LEGAL_REP_POSITIONS.get(rng.nextInt(LEGAL_REP_POSITIONS.size())))
                .append("。\n");
        if (guarantor.company() != null) {
            t.append("被告：").append(g).append("，住所地").append(address(guarantor.company().region())).append("。\n");
            t.append("法定代表人：").append(personName(newPerson())).append("，董事长。\n");
        } else {
            t.append("被告：").append(g).append("，男，汉族，住").append(address(court)).append("。\n");
        }
        String shortBorrower = withoutRegion(borrower);
        t.append("原告").append(plaintiff).append("与被告").append(shortBorrower).append("、").append(g).append(cause)
                .append("一案，本院于").append(chinese(filed)).append("立案后，依法适用普通程序，公开开庭进行了审理。本案现已审理终结。\n");
        long principal = wan * (60 + rng.nextInt(40)) / 100;
        if (docType.equals("裁定书")) {
            t.append("本院在审理过程中，原告").append(plaintiff).append("于").append(chinese(decided.minusDays(10)))
                    .append("向本院提出撤诉申请。本院认为，原告撤诉申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百四十八条第一款之规定，裁定如下：\n")
                    .append("准许原告").append(plaintiff).append("撤诉。\n");
        } else {
            t.append("原告").append(plaintiff).append("向本院提出诉讼请求：1.判令被告").append(borrower.name())
                    .append("偿还借款本金").append(principal).append("万元及利息、罚息、复利；2.判令被告").append(g)
                    .append("对上述债务承担连带清偿责任；3.本案诉讼费用由各被告负担。事实和理由：").append(chinese(signed))
                    .append("，原告与被告").append(borrower.name()).append("签订《流动资金借款合同》，约定借款金额")
                    .append(wan * 10_000).append("元，借款期限十二个月。同日，被告").append(g)
                    .append("与原告签订《保证合同》，约定为上述借款提供连带责任保证；合同签订后，原告依约发放了贷款，但被告")
                    .append(shortBorrower).append("未按约定还本付息，各保证人亦未履行保证责任，故诉至法院。\n");
            if (docType.equals("调解书")) {
                t.append("本案在审理过程中，经本院主持调解，当事人自愿达成如下协议：\n一、被告").append(borrower.name())
                        .append("于").append(chinese(decided.plusDays(90))).append("前向原告偿还借款本金").append(principal)
                        .append("万元及利息；\n二、被告").append(g).append("对上述债务承担连带清偿责任。\n上述协议，不违反法律规定，本院予以确认。\n");
            } else {
                t.append("本院认为，案涉借款合同及保证合同系当事人真实意思表示，合法有效。被告").append(borrower.name())
                        .append("未按约还款，构成违约。被告").append(g).append("作为保证人，应当依约承担保证责任。判决如下：\n一、被告")
                        .append(borrower.name()).append("于本判决生效之日起十日内偿还原告").append(plaintiff).append("借款本金")
                        .append(principal).append("万元及相应利息；\n二、被告").append(g)
                        .append("对本判决第一项确定的债务承担连带清偿责任，其承担保证责任后，有权向被告").append(shortBorrower).append("追偿。\n");
            }
        }
        t.append("案件受理费").append(principal * 50 + 50).append("元，由被告负担。\n").append(chinese(decided)).append('\n');
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("case_no", caseNo);
        o.put("court", courtName);
        o.put("date", date(decided, rng));
        o.put("cause", cause);
        o.put("doc_type", docType);
        o.put("text", t.toString());
        writeJson(o);
        maybeBadJudgment();
    }

    /** The name without its leading region, as judgments often write a party the second time. */
    private static String withoutRegion(Company c) {
        String name = c.name();
        for (String prefix : List.of(c.region().city(), c.region().cityShort())) {
            if (name.startsWith(prefix)) return name.substring(prefix.length());
        }
        return name;
    }

    private String address(Region g) {
        return (g.municipality() ? g.city() : g.province() + g.city()) + g.district() + ROADS.get(rng.nextInt(ROADS.size()))
                + (1 + rng.nextInt(999)) + "号" + (1 + rng.nextInt(40)) + "0" + (1 + rng.nextInt(9)) + "室";
    }

    private void putCompanyRef(Map<String, String> row, String usccCol, String nameCol, Company c) {
        int k = rng.nextInt(20);
        row.put(usccCol, k < 15 ? c.uscc() : "");
        row.put(nameCol, k < 12 ? "" : noisyName(c));
    }

    /** The name as other sources write it: sometimes a space after the region, the region left out, brackets swapped. */
    private String noisyName(Company c) {
        String name = c.name();
        int k = rng.nextInt(20);
        String city = c.region().city();
        String cityShort = c.region().cityShort();
        String prefix = name.startsWith(city) ? city : name.startsWith(cityShort) ? cityShort : null;
        if (k == 0 && prefix != null) return prefix + " " + name.substring(prefix.length());
        if (k == 1 && prefix != null) return name.substring(prefix.length());
        if (k == 2) return name.replace('（', '(').replace('）', ')');
        return name;
    }

    // ================================================================== value formats

    private static String capital(long wan, String currency, SplittableRandom r) {
        if (!"CNY".equals(currency)) return wan + (r.nextBoolean() ? "万美元" : "(万美元)");
        long yuan = wan * 10_000;
        return switch (r.nextInt(9)) {
            case 0 -> wan + "万元";
            case 1 -> wan + "万元人民币";
            case 2 -> wan + "万人民币";
            case 3 -> String.format(Locale.ROOT, "%,d", yuan);
            case 4 -> Long.toString(yuan);
            case 5 -> wan % 10_000 == 0 ? wan / 10_000 + "亿元" : wan + "万";
            case 6 -> wan + "(万元人民币)";
            case 7 -> wan >= 1_000 ? String.format(Locale.ROOT, "%,d", wan) + "(万元)" : wan + "（万元）";
            default -> wan + "万元";
        };
    }

    private String wan(BigDecimal wan, String currency) {
        String v = wan.stripTrailingZeros().toPlainString();
        if (!"CNY".equals(currency)) return v + "万美元";
        return switch (rng.nextInt(4)) {
            case 0 -> v + "万元";
            case 1 -> v + "万元人民币";
            case 2 -> String.format(Locale.ROOT, "%,d", wan.movePointRight(4).longValueExact());
            default -> wan.movePointRight(4).toBigIntegerExact().toString();
        };
    }

    private String ratio(int percent) {
        return switch (rng.nextInt(5)) {
            case 0 -> percent + "%";
            case 1 -> percent + ".00%";
            case 2 -> BigDecimal.valueOf(percent).movePointLeft(2).stripTrailingZeros().toPlainString();
            case 3 -> percent == 1 ? "1%" : Integer.toString(percent); // a bare 1 would read as 100%
            default -> percent + "%";
        };
    }

    private static String date(LocalDate d, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> d.toString();
            case 2 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 3 -> chinese(d);
            case 4 -> String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            default -> d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
        };
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // ================================================================== planted bad rows

    private boolean plant() {
        return rng.nextDouble() < BAD_ROW_RATE;
    }

    private int nextKind(String file, int kinds) {
        int k = badCursor.merge(file, 1, Integer::sum) - 1;
        return k % kinds;
    }

    private Company fakeCompany() {
        return company(3 * n + 1 + badCompanyCounter++);
    }

    private static String breakCheckCharacter(String uscc) {
        char c = uscc.charAt(17);
        char other = Uscc.CHARSET.charAt((Uscc.CHARSET.indexOf(c) + 1) % 31);
        return uscc.substring(0, 17) + other;
    }

    private void maybeBadCompany() {
        if (!plant()) return;
        Company f = fakeCompany();
        Map<String, String> row = new LinkedHashMap<>();
        for (String col : companies.header) row.put(col, "");
        row.put("uscc", f.uscc());
        row.put("name", f.name());
        row.put("legal_rep", personName(newPerson()));
        row.put("registered_capital", f.capitalWan() + "万元");
        row.put("established", f.established().toString());
        row.put("status", "存续");
        String file = "companies.csv";
        switch (nextKind(file, 9)) {
            case 0 -> { row.put("uscc", breakCheckCharacter(f.uscc())); companies.writeBad(row, "invalid_uscc", "uscc"); }
            case 1 -> { row.put("uscc", f.uscc().substring(0, 17)); companies.writeBad(row, "invalid_uscc", "uscc"); }
            case 2 -> { row.put("uscc", f.uscc().substring(0, 10) + "IO" + f.uscc().substring(12));
                companies.writeBad(row, "invalid_uscc", "uscc"); }
            case 3 -> { row.put("name", ""); companies.writeBad(row, "missing_required", "name"); }
            case 4 -> { row.put("uscc", ""); companies.writeBad(row, "missing_required", "uscc"); }
            case 5 -> { row.put("established", "2019-02-30"); companies.writeBad(row, "unparseable_date", "established"); }
            case 6 -> { row.put("registered_capital", "#VALUE!"); companies.writeBad(row, "unparseable_amount", "registered_capital"); }
            case 7 -> { row.put("registered_capital", "-500万元"); companies.writeBad(row, "negative_amount", "registered_capital"); }
            default -> companies.writeBadCount(row, -3);
        }
    }

    private void maybeBadShareholder() {
        if (!plant()) return;
        Company f = company(rng.nextInt(n));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("company_uscc", f.uscc());
        row.put("company_name", "");
        row.put("shareholder_name", personName(newPerson()));
        row.put("shareholder_type", "自然人");
        row.put("shareholder_uscc", "");
        row.put("ratio", "10%");
        row.put("subscribed_capital", "");
        row.put("since", "2020-01-01");
        switch (nextKind("shareholders.csv", 9)) {
            case 0 -> { row.put("ratio", "101%"); shareholders.writeBad(row, "ratio_out_of_range", "ratio"); }
            case 1 -> { row.put("ratio", "-0.1"); shareholders.writeBad(row, "ratio_out_of_range", "ratio"); }
            case 2 -> { row.put("ratio", "#N/A"); shareholders.writeBad(row, "unparseable_ratio", "ratio"); }
            case 3 -> { row.put("shareholder_name", ""); shareholders.writeBad(row, "missing_required", "shareholder_name"); }
            case 4 -> { row.put("company_uscc", ""); shareholders.writeBad(row, "missing_required", "company_uscc"); }
            case 5 -> { row.put("company_uscc", breakCheckCharacter(f.uscc())); shareholders.writeBad(row, "invalid_uscc", "company_uscc"); }
            case 6 -> { row.put("since", "2019年13月1日"); shareholders.writeBad(row, "unparseable_date", "since"); }
            case 7 -> { row.put("subscribed_capital", "-100万元"); shareholders.writeBad(row, "negative_amount", "subscribed_capital"); }
            default -> shareholders.writeBadCount(row, 1);
        }
    }

    private void maybeBadPersonnel() {
        if (!plant()) return;
        Company f = company(rng.nextInt(n));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("person_name", personName(newPerson()));
        row.put("position", "监事");
        row.put("company_uscc", f.uscc());
        row.put("company_name", "");
        switch (nextKind("personnel.csv", 4)) {
            case 0 -> { row.put("person_name", ""); personnel.writeBad(row, "missing_required", "person_name"); }
            case 1 -> { row.put("position", ""); personnel.writeBad(row, "missing_required", "position"); }
            case 2 -> { row.put("company_uscc", breakCheckCharacter(f.uscc())); personnel.writeBad(row, "invalid_uscc", "company_uscc"); }
            default -> personnel.writeBadCount(row, -1);
        }
    }

    private void maybeBadGuarantee() {
        if (!plant()) return;
        Company a = company(rng.nextInt(n));
        Company b = company(rng.nextInt(n));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("contract_id", "BZ坏数据-" + (++contractCounter));
        row.put("guarantor_name", a.name());
        row.put("guarantor_uscc", a.uscc());
        row.put("borrower_name", b.name());
        row.put("borrower_uscc", b.uscc());
        row.put("creditor_name", "中国银行股份有限公司北京分行");
        row.put("amount", "1000万元");
        row.put("guarantee_type", "连带责任保证");
        row.put("start_date", "2023-01-01");
        row.put("end_date", "2026-12-31");
        row.put("status", "active");
        switch (nextKind("guarantees.csv", 9)) {
            case 0 -> { row.put("amount", "-500万元"); guarantees.writeBad(row, "negative_amount", "amount"); }
            case 1 -> { row.put("amount", "待定"); guarantees.writeBad(row, "unparseable_amount", "amount"); }
            case 2 -> { row.put("start_date", "2021-02-30"); guarantees.writeBad(row, "unparseable_date", "start_date"); }
            case 3 -> { row.put("end_date", "20251301"); guarantees.writeBad(row, "unparseable_date", "end_date"); }
            case 4 -> { row.put("contract_id", ""); guarantees.writeBad(row, "missing_required", "contract_id"); }
            case 5 -> { row.put("amount", ""); guarantees.writeBad(row, "missing_required", "amount"); }
            case 6 -> { row.put("guarantor_name", ""); row.put("guarantor_uscc", "");
                guarantees.writeBad(row, "missing_required", "guarantor_name"); }
            case 7 -> { row.put("guarantor_uscc", breakCheckCharacter(a.uscc())); guarantees.writeBad(row, "invalid_uscc", "guarantor_uscc"); }
            default -> guarantees.writeBadCount(row, 1);
        }
    }

    private void maybeBadJudgment() {
        if (rng.nextDouble() >= BAD_ROW_RATE * 10) return; // judgments are few: plant more often
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("case_no", "（2022）京0105民初" + (90000 + rng.nextInt(9999)) + "号");
        o.put("court", "北京市朝阳区人民法院");
        o.put("date", "2022-05-06");
        o.put("cause", "买卖合同纠纷");
        o.put("doc_type", "判决书");
        o.put("text", "原告某公司与被告某公司买卖合同纠纷一案……");
        switch (nextKind("judgments.jsonl", 3)) {
            case 0 -> { o.put("case_no", ""); writeJson(o); plantedAt("judgments.jsonl", judgmentLine, "missing_required", "case_no"); }
            case 1 -> { o.remove("text"); writeJson(o); plantedAt("judgments.jsonl", judgmentLine, "missing_required", "text"); }
            default -> {
                String s = toJson(o);
                writeJsonLine(s.substring(0, s.indexOf("\"date\"") + 12));
                plantedAt("judgments.jsonl", judgmentLine, "malformed_json", null);
            }
        }
    }

    private void plantedAt(String file, long line, String reason, String column) {
        try {
            planted.write(JSON.writeValueAsString(new PlantedReject(file, line, reason, column)));
            planted.write('\n');
            plantedCount++;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeJson(Map<String, Object> o) {
        writeJsonLine(toJson(o));
    }

    private static String toJson(Map<String, Object> o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void writeJsonLine(String s) {
        try {
            judgments.write(s);
            judgments.write('\n');
            judgmentLine++;
            judgmentRows++;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> withExtra(List<String> columns, String extra) {
        List<String> all = new ArrayList<>(columns);
        all.add(extra);
        return all;
    }

    /** A CSV file being written, with its physical line count (no generated value holds a line break). */
    private final class Out implements AutoCloseable {
        final List<String> header;
        final String file;
        private final CsvWriter writer;
        private long line;
        long rows;

        Out(Path path, List<String> header) throws IOException {
            this.header = header;
            this.file = path.getFileName().toString();
            this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                    .build(new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16));
            writer.writeRecord(header);
            line = 1;
        }

        void write(Map<String, String> row) {
            String[] values = new String[header.size()];
            for (int k = 0; k < values.length; k++) values[k] = row.getOrDefault(header.get(k), "");
            writer.writeRecord(values);
            line++;
            rows++;
        }

        void writeBad(Map<String, String> row, String reason, String column) {
            write(row);
            plantedAt(file, line, reason, column);
        }

        /** Writes the row with {@code delta} columns more (or fewer). */
        void writeBadCount(Map<String, String> row, int delta) {
            List<String> values = new ArrayList<>();
            for (String h : header) values.add(row.getOrDefault(h, ""));
            if (delta < 0) values = values.subList(0, values.size() + delta);
            for (int k = 0; k < delta; k++) values.add("多余字段");
            writer.writeRecord(values);
            line++;
            rows++;
            plantedAt(file, line, "wrong_column_count", null);
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }
}
