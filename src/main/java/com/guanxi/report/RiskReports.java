package com.guanxi.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.guanxi.report.RiskReport.AssociatedView;
import com.guanxi.report.RiskReport.CaseParty;
import com.guanxi.report.RiskReport.CaseView;
import com.guanxi.report.RiskReport.Circle;
import com.guanxi.report.RiskReport.Control;
import com.guanxi.report.RiskReport.DecisionView;
import com.guanxi.report.RiskReport.Exposure;
import com.guanxi.report.RiskReport.Fact;
import com.guanxi.report.RiskReport.Field;
import com.guanxi.report.RiskReport.Guarantee;
import com.guanxi.report.RiskReport.Loop;
import com.guanxi.report.RiskReport.Owner;
import com.guanxi.report.RiskReport.Party;
import com.guanxi.report.RiskReport.ReasonView;
import com.guanxi.report.RiskReport.RunInfo;
import com.guanxi.report.RiskReport.TagRef;
import com.guanxi.report.RiskReport.TagView;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the API's answers about one company (gathered and masked by the caller, see {@code CompanyReportResource})
 * into a {@link RiskReport}: labels in Chinese, amounts in yuan, ids shown with their names. Pure: no I/O.
 *
 * <p>The input tree holds {@code company} (GET /api/companies/{id}), {@code control}, {@code contagion},
 * {@code circle} (GET /api/guarantee-circles/{id}, may be null), {@code tags}, {@code associated}, {@code cases}
 * (GET /api/cases/{caseNo} each, with {@code involves}), {@code casesTotal}, {@code decision} (with the applicant's
 * {@code features}), {@code run}, {@code generatedAt}, {@code preparedFor}.
 */
public final class RiskReports {

    /** What an id looks like in the answers (USCC, registration number, outside company, person). */
    static final Pattern ENTITY_ID = Pattern.compile("[0-9A-Z]{15,18}|(REGNO|EXT|P)-[0-9A-Za-z-]+");
    /** Registry facts in the order an approver reads them; other (extra) facts follow under their own names. */
    private static final List<Map.Entry<String, String>> REGISTRY = List.of(
            Map.entry("name", "企业名称"), Map.entry("uscc", "统一社会信用代码"), Map.entry("regNo", "注册号"),
            Map.entry("formerNames", "曾用名"), Map.entry("legalRep", "法定代表人"),
            Map.entry("registeredCapitalRaw", "注册资本"), Map.entry("established", "成立日期"),
            Map.entry("status", "登记状态"), Map.entry("companyType", "企业类型"), Map.entry("industry", "所属行业"),
            Map.entry("address", "住所"), Map.entry("phone", "电话"), Map.entry("email", "电子邮箱"));
    private static final Map<String, String> EVIDENCE_LABELS = Map.ofEntries(
            Map.entry("counterparties", "互保对方"), Map.entry("pairs", "互保对数"), Map.entry("givenYuan", "对其担保"),
            Map.entry("receivedYuan", "获其担保"), Map.entry("contracts", "合同"), Map.entry("loopSize", "环内企业数"),
            Map.entry("members", "成员"), Map.entry("cycle", "担保环"), Map.entry("cycleLength", "环长"),
            Map.entry("circleId", "担保圈"), Map.entry("size", "规模"), Map.entry("totalAmountYuan", "担保总额"),
            Map.entry("edges", "担保关系数"), Map.entry("companyMembers", "企业成员数"), Map.entry("hasLoop", "含循环担保"),
            Map.entry("hasMutual", "含互保"), Map.entry("maxOutExposure", "对外担保最多"),
            Map.entry("maxOutExposureYuan", "对外担保最多金额"), Map.entry("maxInExposure", "获担保最多"),
            Map.entry("maxInExposureYuan", "获担保最多金额"), Map.entry("longestChain", "最长担保链（边数）"),
            Map.entry("minEdges", "标签阈值（边数）"), Map.entry("chain", "担保链"),
            Map.entry("totalGuaranteedYuan", "对外担保总额"), Map.entry("registeredCapitalYuan", "注册资本"),
            Map.entry("ratio", "比例"), Map.entry("contractCount", "合同数"), Map.entry("sources", "传染来源"),
            Map.entry("sourceCount", "风险源数"), Map.entry("source", "违约方"), Map.entry("hops", "层级"),
            Map.entry("path", "路径"), Map.entry("exposureFirstOrderYuan", "直接敞口"),
            Map.entry("exposurePathYuan", "路径敞口"), Map.entry("cases", "案件"), Map.entry("caseNo", "案号"),
            Map.entry("cause", "案由"), Map.entry("role", "诉讼地位"), Map.entry("groupRoot", "集团控制人"),
            Map.entry("rootType", "控制人类型"), Map.entry("groupSize", "集团规模"), Map.entry("holders", "股东数"),
            Map.entry("largestHolders", "主要股东"), Map.entry("parties", "关联方"), Map.entry("relations", "关联关系"),
            Map.entry("via", "经由"), Map.entry("contacts", "共用联系方式"), Map.entry("type", "类型"),
            Map.entry("value", "内容"), Map.entry("others", "其他企业"), Map.entry("status", "登记状态"),
            Map.entry("asGuarantor", "作为担保人"), Map.entry("asBorrower", "作为借款人"), Map.entry("guarantor", "担保人"),
            Map.entry("borrower", "借款人"), Map.entry("amountYuan", "金额"), Map.entry("id", "对象"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("controller", "控制方"), Map.entry("same_group", "同一集团"), Map.entry("shareholder", "股东"),
            Map.entry("investee", "对外投资"), Map.entry("officer", "任职人员"), Map.entry("cross_office", "交叉任职"),
            Map.entry("guarantor", "为其担保"), Map.entry("guaranteed", "被其担保"),
            Map.entry("litigation_counterparty", "涉诉对方"), Map.entry("shared_address", "共用地址"),
            Map.entry("shared_phone", "共用电话"), Map.entry("shared_email", "共用邮箱"), Map.entry("address", "地址"),
            Map.entry("phone", "电话"), Map.entry("email", "邮箱"), Map.entry("person", "自然人"),
            Map.entry("company", "企业"), Map.entry("external", "外部企业"), Map.entry("absolute", "绝对控股（>50%）"),
            Map.entry("relative", "相对控股（≥30% 且为最大）"), Map.entry("ownership", "持股 ≥25%"),
            Map.entry("control", "实际控制人"), Map.entry("senior_manager", "高级管理人员（法定代表人）"),
            Map.entry("high", "高"), Map.entry("medium", "中"), Map.entry("low", "低"), Map.entry("approve", "通过"),
            Map.entry("review", "人工复核"), Map.entry("reject", "拒绝"));
    /** Evidence keys whose id lists read as a path. */
    private static final Set<String> PATHS = Set.of("cycle", "path");

    private final JsonNode data;
    private final Function<String, Party> party;

    private RiskReports(JsonNode data, Function<String, Party> party) {
        this.data = data;
        this.party = party;
    }

    /**
     * @param data  the gathered answers, masked for the reader
     * @param names every entity the answers mention, by id (ids without a name are shown as they are)
     */
    public static RiskReport build(JsonNode data, Map<String, Party> names) {
        return new RiskReports(data, id -> names.getOrDefault(id, new Party(id, null, null))).report();
    }

    /** Every string in the answers that looks like an entity id: what to look names up for. */
    public static Set<String> idsIn(JsonNode data) {
        Set<String> ids = new LinkedHashSet<>();
        collectIds(data, ids);
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node == null) return;
        if (node.isTextual()) {
            if (ENTITY_ID.matcher(node.asText()).matches()) ids.add(node.asText());
        } else {
            node.forEach(child -> collectIds(child, ids));
        }
    }

    private RiskReport report() {
        JsonNode company = data.get("company");
        String companyId = company.get("id").asText();
        Party self = new Party(companyId, text(company.get("name")), "Company");
        JsonNode run = data.path("run");
        return new RiskReport(self, text(data.get("generatedAt")), text(data.get("preparedFor")),
                new RunInfo(text(run.get("analyticsRunId")), text(run.get("asOf")), text(run.get("tagRunId")),
                        text(run.get("tagAsOf"))),
                registry(company), control(data.get("control")), guarantee(companyId),
                cases(data.path("cases")), data.path("casesTotal").asInt(), associated(data.path("associated")),
                data.path("associatedLimit").asInt(), tags(data.path("tags")), decision(data.get("decision")));
    }

    private List<Fact> registry(JsonNode company) {
        List<Fact> facts = new ArrayList<>();
        for (var e : REGISTRY) {
            JsonNode v = company.get(e.getKey());
            String value = e.getKey().equals("formerNames") ? joined(v, "、") : text(v);
            if (e.getKey().equals("registeredCapitalRaw") && value != null && company.hasNonNull("currency")
                    && !company.get("currency").asText().equals("CNY")) {
                value = value + "（" + company.get("currency").asText() + "）";
            }
            if (value != null && !value.isBlank()) facts.add(new Fact(e.getValue(), value));
        }
        // Columns of the registry file the canonical format does not name are kept as x_<column>.
        for (Iterator<String> it = company.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.startsWith("x_")) continue;
            String value = inline(company.get(key), key, null);
            if (value != null && !value.isBlank()) facts.add(new Fact(key.substring(2), value));
        }
        return facts;
    }

    private Control control(JsonNode c) {
        if (c == null || c.isNull()) {
            return new Control(null, null, List.of(), List.of(), null, null,
                    "该企业不在最近一次分析中（分析之后导入的企业，需待下次分析）。");
        }
        Party controller = named(c.get("ultimateController"));
        List<Party> path = new ArrayList<>();
        c.path("controlPath").forEach(p -> path.add(named(p)));
        List<Owner> owners = new ArrayList<>();
        c.path("beneficialOwners").forEach(o -> owners.add(new Owner(named(o), percent(o.get("share")),
                word(text(o.get("basis"))))));
        JsonNode group = c.get("group");
        boolean hasGroup = group != null && !group.isNull();
        return new Control(controller, word(text(c.get("basis"))), path, owners,
                hasGroup ? party.apply(group.get("rootId").asText()) : null,
                hasGroup ? group.get("size").asInt() : null, null);
    }

    private Guarantee guarantee(String companyId) {
        JsonNode features = data.path("decision").path("features");
        List<Fact> amounts = new ArrayList<>();
        if (features.has("guaranteeGivenYuan")) amounts.add(new Fact("对外担保（在保）", money(features.get("guaranteeGivenYuan"))));
        if (features.has("guaranteeReceivedYuan")) amounts.add(new Fact("获得担保（在保）", money(features.get("guaranteeReceivedYuan"))));
        if (features.has("guaranteeToCapital")) {
            amounts.add(new Fact("对外担保 / 注册资本", number(features.get("guaranteeToCapital")) + " 倍"));
        }
        Circle circle = circle(data.get("circle"));
        JsonNode loopEvidence = evidenceOf("GUARANTEE_LOOP");
        Loop loop = null;
        if (loopEvidence != null) {
            loop = new Loop(loopEvidence.path("loopSize").asInt(), parties(loopEvidence.path("members")),
                    parties(loopEvidence.path("cycle")));
        }
        Integer longest = null;
        JsonNode chains = data.path("circle").path("longestChain");
        if (chains.has(companyId)) longest = chains.get(companyId).asInt();
        else if (features.has("longestChain")) longest = features.get("longestChain").asInt();
        List<String> chain = new ArrayList<>();
        JsonNode chainEvidence = evidenceOf("LONG_GUARANTEE_CHAIN");
        if (chainEvidence != null) {
            for (JsonNode edge : chainEvidence.path("chain")) {
                chain.add(party.apply(edge.path("guarantor").asText()).label() + " → "
                        + party.apply(edge.path("borrower").asText()).label() + "：" + money(edge.get("amountYuan")));
            }
        }
        List<Exposure> contagion = new ArrayList<>();
        for (JsonNode m : data.path("contagion").path("members")) {
            contagion.add(new Exposure(named(m), m.path("hops").asInt(), money(m.get("exposureFirstOrder")),
                    money(m.get("exposurePath")), parties(m.path("path"))));
        }
        List<Fact> over = null;
        JsonNode overEvidence = evidenceOf("OVER_GUARANTEE");
        if (overEvidence != null) {
            over = List.of(new Fact("对外担保总额", money(overEvidence.get("totalGuaranteedYuan"))),
                    new Fact("注册资本", money(overEvidence.get("registeredCapitalYuan"))),
                    new Fact("倍数", number(overEvidence.get("ratio")) + " 倍"),
                    new Fact("合同", joined(overEvidence.get("contracts"), "、")
                            + count(overEvidence.get("contractCount"), overEvidence.path("contracts").size())));
        }
        JsonNode exposed = data.path("contagion");
        return new Guarantee(amounts, circle, loop, longest, chain, contagion, exposed.path("count").asInt(contagion.size()),
                contagion.isEmpty() ? null : money(exposed.get("firstOrderTotal")), over);
    }

    private Circle circle(JsonNode c) {
        if (c == null || c.isNull()) return null;
        return new Circle(text(c.get("id")), c.path("size").asInt(), money(c.get("totalAmount")),
                c.path("companyMembers").asInt(), c.path("hasLoop").asBoolean(), c.path("hasMutual").asBoolean(),
                parties(c.path("members")), c.path("size").asInt(), exposure(c.get("maxOutExposure")),
                exposure(c.get("maxInExposure")));
    }

    private String exposure(JsonNode e) {
        if (e == null || e.isNull() || !e.hasNonNull("id")) return null;
        return party.apply(e.get("id").asText()).label() + "：" + money(e.get("amount"));
    }

    private List<CaseView> cases(JsonNode cases) {
        List<CaseView> out = new ArrayList<>();
        for (JsonNode k : cases) {
            List<CaseParty> parties = new ArrayList<>();
            for (JsonNode p : k.path("parties")) {
                Party known = party.apply(p.path("entityId").asText());
                Party shown = known.name() != null ? known
                        : new Party(p.path("entityId").asText(), text(p.get("name")), text(p.get("entityType")));
                parties.add(new CaseParty(shown, text(p.get("role"))));
            }
            List<String> involves = new ArrayList<>();
            k.path("involves").forEach(i -> involves.add(party.apply(i.asText()).label()));
            out.add(new CaseView(text(k.has("caseNoRaw") ? k.get("caseNoRaw") : k.get("caseNo")), text(k.get("court")),
                    text(k.get("date")), text(k.get("cause")), text(k.get("docType")), parties, involves));
        }
        return out;
    }

    private List<AssociatedView> associated(JsonNode parties) {
        List<AssociatedView> out = new ArrayList<>();
        for (JsonNode p : parties) {
            List<String> relations = new ArrayList<>();
            p.path("relations").forEach(r -> relations.add(word(r.asText())));
            List<TagRef> tags = new ArrayList<>();
            p.path("tags").forEach(t -> tags.add(new TagRef(text(t.get("code")), text(t.get("nameZh")),
                    text(t.get("severity")), word(text(t.get("severity"))))));
            out.add(new AssociatedView(named(p), relations, parties(p.path("path")), text(p.get("via")), tags));
        }
        return out;
    }

    private List<TagView> tags(JsonNode tags) {
        List<TagView> out = new ArrayList<>();
        for (JsonNode t : tags) {
            out.add(new TagView(text(t.get("code")), text(t.get("nameZh")), text(t.get("nameEn")),
                    text(t.get("severity")), word(text(t.get("severity"))), evidence(t.get("evidence"), text(t.get("code"))),
                    text(t.get("asOf")), text(t.get("version"))));
        }
        return out;
    }

    private DecisionView decision(JsonNode d) {
        if (d == null || d.isNull()) return null;
        List<ReasonView> reasons = new ArrayList<>();
        for (JsonNode r : d.path("reasons")) {
            String effect = r.hasNonNull("outcome") ? "至少" + word(r.get("outcome").asText())
                    : r.hasNonNull("points") ? signed(r.get("points").asInt()) + " 分" : null;
            if (r.hasNonNull("error")) effect = (effect == null ? "" : effect + "；") + "无法计算：" + r.get("error").asText();
            List<String> evidence = new ArrayList<>();
            String tag = text(r.get("tag"));
            boolean own = tag != null && self().id().equals(text(r.get("subjectId"))) && evidenceOf(tag) != null;
            if (own) {
                evidence.add("见「五、风险标签」" + tag);
            } else {
                for (Field f : evidence(r.get("evidence"), tag)) evidence.add(f.label() + "：" + String.join("；", f.lines()));
            }
            reasons.add(new ReasonView(text(r.get("rule")), text(r.get("description")), effect, text(r.get("tag")),
                    r.hasNonNull("subjectId") ? party.apply(r.get("subjectId").asText()) : null, evidence));
        }
        String outcome = text(d.get("decision"));
        String application = "申请人：" + self().label() + "；担保人：无；金额：" + money(d.get("amount"));
        return new DecisionView(outcome, word(outcome), d.path("score").asInt(), reasons, text(d.get("rulesetId")),
                text(d.get("rulesetVersion")), application, text(d.get("tagRunId")), text(d.get("asOf")));
    }

    private Party self() {
        JsonNode company = data.get("company");
        return new Party(company.get("id").asText(), text(company.get("name")), "Company");
    }

    private JsonNode evidenceOf(String code) {
        for (JsonNode t : data.path("tags")) {
            if (code.equals(t.path("code").asText())) return t.path("evidence");
        }
        return null;
    }

    /** Evidence as labelled lines: lists of objects one line each, everything else on one line. */
    List<Field> evidence(JsonNode evidence, String code) {
        List<Field> out = new ArrayList<>();
        if (evidence == null || !evidence.isObject()) return out;
        for (Iterator<Map.Entry<String, JsonNode>> it = evidence.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (v == null || v.isNull()) continue;
            List<String> lines = new ArrayList<>();
            if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                v.forEach(item -> lines.add(inline(item, e.getKey(), code)));
            } else {
                lines.add(inline(v, e.getKey(), code));
            }
            out.add(new Field(EVIDENCE_LABELS.getOrDefault(e.getKey(), e.getKey()), lines));
        }
        return out;
    }

    /** One value as text: ids with names, amounts in yuan, lists joined, objects as 键：值；… */
    private String inline(JsonNode v, String key, String code) {
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) {
            String s = v.asText();
            if (ENTITY_ID.matcher(s).matches()) return party.apply(s).label();
            if (key.equals("type") || key.equals("rootType")) return word(s);
            return s;
        }
        if (v.isBoolean()) return v.asBoolean() ? "是" : "否";
        if (v.isNumber()) {
            if (key.endsWith("Yuan") || key.equals("amount")) return money(v);
            if (key.equals("ratio")) return "OVER_GUARANTEE".equals(code) ? number(v) + " 倍" : percent(v);
            return number(v);
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(inline(item, key, code)));
            if (key.equals("relations")) items.replaceAll(RiskReports::word);
            return String.join(PATHS.contains(key) ? " → " : "、", items);
        }
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            var e = it.next();
            String text = inline(e.getValue(), e.getKey(), code);
            if (text != null) parts.add(EVIDENCE_LABELS.getOrDefault(e.getKey(), e.getKey()) + "：" + text);
        }
        return String.join("；", parts);
    }

    private Party named(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return party.apply(node.asText());
        String id = node.path("id").asText();
        Party known = party.apply(id);
        return new Party(id, node.hasNonNull("name") ? node.get("name").asText() : known.name(),
                node.hasNonNull("type") ? node.get("type").asText() : known.type());
    }

    private List<Party> parties(JsonNode ids) {
        List<Party> out = new ArrayList<>();
        if (ids != null) ids.forEach(id -> out.add(named(id)));
        return out;
    }

    private static String count(JsonNode total, int shown) {
        return total != null && total.asInt() > shown ? "（共 " + total.asInt() + " 份）" : "";
    }

    private static String word(String code) {
        return code == null ? null : WORDS.getOrDefault(code, code);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String joined(JsonNode v, String separator) {
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) return v.asText();
        List<String> items = new ArrayList<>();
        v.forEach(i -> items.add(i.asText()));
        return String.join(separator, items);
    }

    static String money(JsonNode v) {
        return v == null || v.isNull() ? null : money(v.decimalValue().doubleValue());
    }

    static String money(double yuan) {
        return format("#,##0.##", BigDecimal.valueOf(yuan)) + " 元";
    }

    static String number(JsonNode v) {
        return v == null || v.isNull() ? null : format("#,##0.##", v.decimalValue());
    }

    static String percent(JsonNode v) {
        return v == null || v.isNull() ? null : format("0.##", v.decimalValue().movePointRight(2)) + "%";
    }

    private static String signed(int points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
