package com.guanxi.extraction;

import com.guanxi.extraction.TextMention.EntityKind;
import com.guanxi.extraction.TextMention.MentionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts parties, representatives, organisation and person names, name definitions, case numbers and amounts
 * from the text of a court judgment (裁判文书), by rules first (architecture.md "Extraction"):
 * <ol>
 *   <li>party lines {@code 原告：…}, {@code 上诉人（原审被告）：…}, {@code 被执行人…，男，…} give the parties and their
 *       roles; {@code 法定代表人：…}/{@code 负责人：…} lines the representatives, {@code 委托诉讼代理人：…} the agents;</li>
 *   <li>every organisation-form suffix (股份有限公司, 有限公司, 合伙企业（有限合伙）, 支行, 村民委员会 …) in the body ends
 *       a candidate name; its start is placed after the nearest role word (原告, 被告 …), at a region name that
 *       follows a function word, or at the longest known name (the document's own names and the optional
 *       {@link NameGazetteer}); a branch after the form (…股份有限公司佛山禅城支行) is kept with it;</li>
 *   <li>{@code （以下简称…）} and {@code （原名…）} define short and former names;</li>
 *   <li>every name found, its region-less form and every defined name are matched again across the document;</li>
 *   <li>a {@link PersonOrgRecognizer} (CoreNLP) may add persons the rules missed.</li>
 * </ol>
 * Offsets are those of the original text (matching runs on a folded copy of the same length). One instance is
 * thread-safe. Cost: O(n·F) for a text of n characters and F forms, plus the recognizer's cost.
 */
public final class JudgmentExtractor {
    static final List<String> PARTY_ROLES = sortedLongestFirst(
            "原告", "被告", "第三人", "上诉人", "被上诉人", "申请人", "被申请人", "申请执行人", "被执行人", "再审申请人",
            "原审原告", "原审被告", "原审第三人", "反诉原告", "反诉被告", "异议人", "案外人", "复议申请人", "申诉人",
            "被申诉人", "起诉人", "申请再审人", "抗诉机关", "利害关系人", "执行异议人", "申请复议人", "自诉人",
            "附带民事诉讼原告人", "附带民事诉讼被告人", "被告人", "罪犯", "原告人", "被告单位", "第三人一", "第三人二");
    private static final List<String> ROLE_WORDS = sortedLongestFirst(
            "原审第三人", "原审原告", "原审被告", "被上诉人", "上诉人", "再审申请人", "被申请人", "申请执行人", "被执行人",
            "申请人", "第三人", "原告", "被告", "第三方", "案外人", "被保证人", "保证人", "担保人", "借款人", "出借人", "贷款人",
            "债权人", "债务人", "承租人", "出租人", "买受人", "出卖人", "发包人", "承包人", "委托人", "受托人", "抵押人",
            "质押人", "出质人", "反诉原告", "反诉被告", "两被告", "各被告", "被告人", "被告单位", "利害关系人", "股东",
            "实际控制人", "法定代表人", "负责人", "收款人", "付款人", "承运人", "托运人", "收货人", "供货方", "购货方");
    /** Words that may stand right before a name without punctuation (verbs, prepositions). */
    private static final List<String> LEAD_WORDS = sortedLongestFirst(
            "判令", "责令", "准许", "同意", "要求", "请求", "诉请", "诉称", "辩称", "认为", "签订", "提供", "作为", "偿还",
            "归还", "支付", "给付", "返还", "赔偿", "承担", "确认", "追加", "变更", "通知", "委托", "代表", "约定", "其中",
            "向", "与", "和", "及", "由", "对", "为", "将", "被", "经", "在", "于", "但", "即", "就", "以", "给", "至", "从",
            "自", "把", "让", "代", "替", "同", "跟", "是", "系", "并", "且", "或", "等", "则", "的", "了", "后", "时", "现",
            "已", "均", "还", "也", "又", "再", "另", "故", "因", "据", "按", "依", "而", "如", "若", "该", "其");
    /** Characters that, with no role word in sight, end whatever precedes a name. */
    private static final String SEPARATORS = "与及向由对被将把给经同跟在于为是系但即就以并且或则了的";
    private static final List<String> DETERMINERS = sortedLongestFirst(
            "该", "本", "贵", "其", "此", "某", "各", "每", "上述", "涉案", "案涉", "对方", "我", "你", "他", "她", "我方",
            "一家", "两家", "这家", "那家", "母", "子", "原", "新", "该分", "总", "下属", "关联", "担保", "借款", "目标", "标的");
    private static final Pattern PARTY_LINE = Pattern.compile(
            "^\\s*(" + String.join("|", PARTY_ROLES) + ")\\s*(?:\\(([^()]{1,24})\\))?\\s*[:]\\s*");
    private static final Pattern PARTY_LINE_NO_COLON = Pattern.compile(
            "^\\s*(" + String.join("|", PARTY_ROLES) + ")\\s*(?:\\(([^()]{1,24})\\))?\\s*(?=[^:,。;]{2,60}[,;](?:男|女|住|统一社会信用代码|组织机构代码|身份证|公民身份号码|户籍|经营场所|营业场所|注册地|出生|\\d{4}年|汉族|[\\u4e00-\\u9fff]{1,3}族))");
    private static final Pattern REP_LINE = Pattern.compile(
            "^\\s*(法定代表人|负责人|经营者|执行事务合伙人委派代表|执行事务合伙人|投资人|主要负责人|代表人|首席代表|清算组负责人)\\s*[:]\\s*");
    private static final Pattern AGENT_LINE = Pattern.compile(
            "^\\s*(委托诉讼代理人|委托代理人|诉讼代理人|法定代理人|指定代理人|诉讼代表人|辩护人|指定辩护人)\\s*[:]\\s*");
    private static final Pattern SHORT_NAME = Pattern.compile(
            "\\(\\s*(?:以下简称|以下称|以下统称|以下称为|下称|简称)\\s*[:]?\\s*[\"']?([^()\"',;。]{1,24}?)[\"']?\\s*\\)");
    private static final Pattern FORMER_NAME = Pattern.compile(
            "\\(\\s*(?:原名称|原企业名称|原公司名称|原名|曾用名|更名前为|更名前)\\s*(?:为|是)?\\s*[:]?\\s*[\"']?");
    private static final Pattern PERSON_ATTRIBUTE = Pattern.compile(
            "^[,;]\\s*(?:男|女|\\d{4}年|出生|汉族|[\\u4e00-\\u9fff]{1,3}族|身份证|公民身份号码|住(?!所)|户籍|系|现住|无业|农民)");
    private static final Pattern ADDRESS = Pattern.compile("(?:住所地|住所|住址|经营场所|营业场所|注册地|户籍地|现住|住)\\s*[:]?\\s*([^,;。\\n]{2,80})");

    private final Lexicon lexicon;
    private final TextNormalizer normalizer;
    private final CompanyNameParser parser;
    private final PersonOrgRecognizer recognizer;
    private final CaseNumbers caseNumbers;
    private final AmountParser amounts;

    public JudgmentExtractor(Lexicon lexicon) {
        this(lexicon, PersonOrgRecognizer.NONE);
    }

    public JudgmentExtractor(Lexicon lexicon, PersonOrgRecognizer recognizer) {
        this.lexicon = lexicon;
        this.normalizer = lexicon.normalizer();
        this.parser = new CompanyNameParser(lexicon);
        this.recognizer = recognizer == null ? PersonOrgRecognizer.NONE : recognizer;
        this.caseNumbers = new CaseNumbers(normalizer);
        this.amounts = new AmountParser(normalizer);
    }

    public JudgmentExtraction extract(String text) {
        return extract(text, NameGazetteer.NONE);
    }

    /** Extracts from one judgment's text; {@code gazetteer} helps to place the start of body names. */
    public JudgmentExtraction extract(String text, NameGazetteer gazetteer) {
        if (text == null) text = "";
        Work w = new Work(text, normalizer.foldText(text), gazetteer == null ? NameGazetteer.NONE : gazetteer);
        Matcher sm = SHORT_NAME.matcher(w.f);
        while (sm.find()) w.blocked.add(new int[]{sm.start(), sm.end()});
        readLines(w);
        if (w.parties.isEmpty()) inlineParties(w);
        scanOrganisations(w);
        readDefinitions(w);
        rematch(w);
        recognizerPersons(w);
        List<TextMention> mentions = new ArrayList<>(w.mentions);
        mentions.sort(Comparator.comparingInt(TextMention::start));
        List<String> cited = caseNumbers.findAll(text);
        String own = cited.isEmpty() ? null : cited.get(0);
        return new JudgmentExtraction(own, cited, w.parties, mentions, w.definitions, amounts.findAll(text));
    }

    /** Mutable state of one extraction. */
    private static final class Work {
        final String text;
        final String f;
        final NameGazetteer gazetteer;
        final List<Party> parties = new ArrayList<>();
        final List<TextMention> mentions = new ArrayList<>();
        final List<NameDefinition> definitions = new ArrayList<>();
        /** normalised names this document names (parties, their region-less forms, definitions) */
        final Set<String> docNames = new HashSet<>();
        final Set<String> personNames = new LinkedHashSet<>();

        Work(String text, String folded, NameGazetteer gazetteer) {
            this.text = text;
            this.f = folded;
            this.gazetteer = gazetteer;
        }

        /** spans no mention may overlap: the inside of （以下简称…） */
        final List<int[]> blocked = new ArrayList<>();

        boolean free(int s, int e) {
            for (TextMention m : mentions) if (m.overlaps(s, e)) return false;
            for (int[] b : blocked) if (b[0] < e && s < b[1]) return false;
            return true;
        }

        int previousMentionEnd(int at) {
            int end = 0;
            for (TextMention m : mentions) if (m.end() <= at && m.end() > end) end = m.end();
            return end;
        }
    }

    // ---------------------------------------------------------------- party, representative and agent lines

    private void readLines(Work w) {
        int ls = 0;
        int lastParty = -1;
        while (ls <= w.f.length()) {
            int le = w.f.indexOf('\n', ls);
            if (le < 0) le = w.f.length();
            String line = w.f.substring(ls, le);
            Matcher pm = PARTY_LINE.matcher(line);
            boolean party = pm.find();
            if (!party) {
                pm = PARTY_LINE_NO_COLON.matcher(line);
                party = pm.find();
            }
            if (party) {
                Party p = partyFrom(w, ls, le, pm.end(), pm.group(1), pm.group(2));
                if (p != null) {
                    w.parties.add(p);
                    lastParty = w.parties.size() - 1;
                }
            } else {
                Matcher rm = REP_LINE.matcher(line);
                Matcher am = AGENT_LINE.matcher(line);
                if (rm.find() && lastParty >= 0) {
                    TextMention rep = nameOnLine(w, ls, le, ls + rm.end(), MentionKind.REPRESENTATIVE, rm.group(1), lastParty);
                    if (rep != null) {
                        w.mentions.add(rep);
                        if (rep.type() == EntityKind.PERSON) w.personNames.add(normalizer.normalizePersonName(rep.text()));
                        Party p = w.parties.get(lastParty);
                        if (p.representative() == null) w.parties.set(lastParty, p.withRepresentative(rep, rm.group(1)));
                    }
                } else if (am.find()) {
                    TextMention agent = nameOnLine(w, ls, le, ls + am.end(), MentionKind.AGENT, am.group(1), lastParty);
                    if (agent != null) {
                        w.mentions.add(agent);
                        if (agent.type() == EntityKind.PERSON) w.personNames.add(normalizer.normalizePersonName(agent.text()));
                    }
                }
            }
            ls = le + 1;
        }
    }

    private Party partyFrom(Work w, int ls, int le, int nameFrom, String role, String detail) {
        TextMention name = nameOnLine(w, ls, le, ls + nameFrom, MentionKind.PARTY, role, w.parties.size());
        if (name == null) return null;
        w.mentions.add(name);
        if (name.type() == EntityKind.ORGANISATION) {
            addDocName(w, name.text());
        } else {
            w.personNames.add(normalizer.normalizePersonName(name.text()));
        }
        String address = null;
        Matcher am = ADDRESS.matcher(w.f.substring(name.end(), le));
        if (am.find()) address = w.text.substring(name.end() + am.start(1), name.end() + am.end(1)).strip();
        return new Party(role, detail == null ? null : detail.strip(), name, null, null, address);
    }

    /**
     * The name that starts at {@code from} on the line [ls, le): up to the first comma, semicolon or full stop
     * outside brackets, or up to a definition bracket (以下简称, 原名).
     */
    private TextMention nameOnLine(Work w, int ls, int le, int from, MentionKind kind, String role, int partyIndex) {
        int end = from;
        int depth = 0;
        while (end < le) {
            char c = w.f.charAt(end);
            if (c == '(') {
                if (startsDefinition(w.f, end)) break;
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == ',' || c == ';' || c == '。' || c == '、')) {
                break;
            }
            end++;
        }
        int s = from;
        while (s < end && Character.isWhitespace(w.text.charAt(s))) s++;
        while (end > s && (Character.isWhitespace(w.text.charAt(end - 1)) || w.f.charAt(end - 1) == '.')) end--;
        if (end - s < 2 || end - s > 80) return null;
        String raw = w.text.substring(s, end);
        EntityKind type = classify(raw, w.f.substring(end, Math.min(le, end + 24)));
        return new TextMention(raw, s, end, type, kind, role, partyIndex, "rule");
    }

    private static boolean startsDefinition(String f, int at) {
        Matcher m1 = SHORT_NAME.matcher(f).region(at, Math.min(f.length(), at + 40));
        if (m1.lookingAt()) return true;
        return FORMER_NAME.matcher(f).region(at, Math.min(f.length(), at + 20)).lookingAt();
    }

    /** Organisation when the name carries a form and is not followed by a person's attributes (男, 出生 …). */
    private EntityKind classify(String name, String after) {
        boolean personAttr = PERSON_ATTRIBUTE.matcher(after).find();
        ParsedName p = parser.parse(name);
        if (p.isOrganisation() && !personAttr) return EntityKind.ORGANISATION;
        if (personAttr) return EntityKind.PERSON;
        String n = normalizer.normalizeName(name);
        if (n.length() <= 4 && lexicon.startsWithSurname(n)) return EntityKind.PERSON;
        return n.length() <= 3 ? EntityKind.PERSON : EntityKind.ORGANISATION;
    }

    private void addDocName(Work w, String raw) {
        ParsedName p = parser.parse(raw);
        w.docNames.add(p.normalized());
        String n = normalizer.normalizeName(raw);
        if (!p.regionText().isEmpty() && n.startsWith(p.regionText()) && n.length() - p.regionText().length() >= 4) {
            w.docNames.add(n.substring(p.regionText().length()));
        }
    }

    // ---------------------------------------------------------------- documents without party lines

    /** Real judgments often name the parties in running text only: 原告曹某与被告张某…一案. */
    private void inlineParties(Work w) {
        Matcher m = Pattern.compile("(" + String.join("|", PARTY_ROLES) + ")(?:\\(([^()]{1,12})\\))?[:]?"
                + "([\\u4e00-\\u9fff][\\u4e00-\\u9fffA-Za-z0-9×]{1,3}?)(?=[,;。、与和及诉因向的系于为对在已称辩提共承是]|$)").matcher(w.f);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String name = w.text.substring(m.start(3), m.end(3));
            String n = normalizer.normalizePersonName(name);
            if (!lexicon.startsWithSurname(n) || parser.parse(name).isOrganisation()) continue;
            if (!w.free(m.start(3), m.end(3))) continue;
            boolean first = seen.add(m.group(1) + "|" + n);
            TextMention t = new TextMention(name, m.start(3), m.end(3), EntityKind.PERSON,
                    first ? MentionKind.PARTY : MentionKind.BODY, first ? m.group(1) : null,
                    first ? w.parties.size() : -1, "rule");
            w.mentions.add(t);
            w.personNames.add(n);
            if (first) w.parties.add(new Party(m.group(1), m.group(2), t, null, null, null));
        }
    }

    // ---------------------------------------------------------------- organisations in the body

    private void scanOrganisations(Work w) {
        int n = w.f.length();
        OrgForm[] formEndingAt = new OrgForm[n + 1];
        for (OrgForm form : lexicon.formsLongestFirst()) {
            String fs = form.form();
            for (int i = w.f.indexOf(fs); i >= 0; i = w.f.indexOf(fs, i + 1)) {
                int e = i + fs.length();
                if (formEndingAt[e] == null || formEndingAt[e].form().length() < fs.length()) formEndingAt[e] = form;
            }
        }
        for (int e = 1; e <= n; e++) {
            OrgForm form = formEndingAt[e];
            if (form == null) continue;
            int fs = e - form.form().length();
            if (!w.free(fs, e)) continue;
            int end = extendEnd(w, e, formEndingAt);
            int start = nameStart(w, fs, end, form);
            if (start < 0) continue;
            // trim surrounding spaces
            while (start < fs && Character.isWhitespace(w.text.charAt(start))) start++;
            if (!w.free(start, end)) continue;
            String raw = w.text.substring(start, end);
            w.mentions.add(new TextMention(raw, start, end, EntityKind.ORGANISATION, MentionKind.BODY, null, -1, "rule"));
            e = end;
        }
    }

    /**
     * Extends a form over a form that follows at once (中国银行 + 股份有限公司) and then over a branch
     * (股份有限公司 + 佛山禅城支行); returns the end of the whole name.
     */
    private int extendEnd(Work w, int e, OrgForm[] formEndingAt) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int j = e + 2; j <= Math.min(w.f.length(), e + 12); j++) {
                OrgForm f = formEndingAt[j];
                if (f != null && !f.branch() && j - f.form().length() == e) {
                    e = j;
                    moved = true;
                    break;
                }
            }
        }
        for (int j = e + 1; j <= Math.min(w.f.length(), e + 18); j++) {
            char c = w.f.charAt(j - 1);
            if (!isCjk(c) || SEPARATORS.indexOf(c) >= 0) return e;
            OrgForm f = formEndingAt[j];
            if (f != null && f.branch()) {
                int between = j - f.form().length() - e;
                return between >= 0 && between <= 14 ? j : e;
            }
        }
        return e;
    }

    /**
     * Where the name that ends with the form at [fs, …) begins, or -1 when there is no name (该公司, 被告公司).
     * Left of the form the name runs over name characters up to punctuation or the previous mention; within that
     * stretch the start is: the longest known name; else after the last role word; else at a region that follows a
     * function word; else after the last separator character.
     */
    private int nameStart(Work w, int fs, int end, OrgForm form) {
        int limit = Math.max(w.previousMentionEnd(fs), fs - 40);
        int left = fs;
        while (left > limit && isNameChar(w.f.charAt(left - 1))) left--;
        while (left < fs && Character.isWhitespace(w.f.charAt(left))) left++;
        if (fs - left < 1) return -1;

        // 1. the longest name the document or the gazetteer knows
        int known = -1;
        for (int p = left; p < fs; p++) {
            String cand = normalizer.normalizeName(w.text.substring(p, end));
            if (w.docNames.contains(cand) || w.gazetteer.knows(cand)) {
                known = p;
                break;
            }
        }
        // 2. after the last role word
        int h = left;
        boolean role = false;
        for (int p = fs - 2; p >= left && !role; p--) {
            for (String r : ROLE_WORDS) {
                if (p - r.length() + 1 >= left && w.f.startsWith(r, p - r.length() + 1)) {
                    h = p + 1;
                    role = true;
                    break;
                }
            }
        }
        if (!role) {
            // 3. a region right after a function word (货物由西安市…)
            int region = -1;
            for (int p = h; p < fs - 1 && region < 0; p++) {
                if ((p == h || endsWithLeadWord(w.f, h, p)) && regionStartsAt(w.f, p, fs)) region = p;
            }
            if (region >= 0) {
                h = region;
            } else {
                // 4. after the last separator, when what follows is still a name
                for (int p = fs - 3; p >= h; p--) {
                    if (SEPARATORS.indexOf(w.f.charAt(p)) >= 0) {
                        h = p + 1;
                        break;
                    }
                }
            }
        }
        int start = h;
        if (known >= 0 && (known <= h || onlyLeadWords(w.f, h, known))) start = known;
        // strip function words left in front
        boolean stripped = !role;
        while (stripped && start < fs - 1) {
            stripped = false;
            if (known == start) break;
            for (String lw : LEAD_WORDS) {
                // a single character is stripped only when it is a function word, not 再, 还, 其 …
                if (lw.length() == 1 && SEPARATORS.indexOf(lw.charAt(0)) < 0) continue;
                if (w.f.startsWith(lw, start) && fs - (start + lw.length()) >= 2) {
                    if (regionStartsAt(w.f, start, fs) || lexicon.regionsNamed(w.f.substring(start, start + lw.length())).size() > 0) break;
                    start += lw.length();
                    stripped = true;
                    break;
                }
            }
        }
        String before = normalizer.normalizeName(w.text.substring(start, fs));
        if (before.length() < 2) return -1;
        for (String d : DETERMINERS) if (before.equals(d) || before.startsWith(d) && before.length() - d.length() < 2) return -1;
        if (before.startsWith("某") || before.contains("某某")) return -1;
        if (form.weak() && !regionStartsAt(w.f, start, fs) && known != start) return -1;
        if (form.form().equals("公司") && before.length() < 3 && known != start) return -1;
        return start;
    }

    private boolean endsWithLeadWord(String f, int from, int at) {
        for (String lw : LEAD_WORDS) if (at - lw.length() >= from && f.startsWith(lw, at - lw.length())) return true;
        return false;
    }

    private boolean onlyLeadWords(String f, int from, int to) {
        int p = from;
        while (p < to) {
            boolean step = false;
            for (String lw : LEAD_WORDS) {
                if (p + lw.length() <= to && f.startsWith(lw, p)) {
                    p += lw.length();
                    step = true;
                    break;
                }
            }
            if (!step) {
                for (String r : ROLE_WORDS) {
                    if (p + r.length() <= to && f.startsWith(r, p)) {
                        p += r.length();
                        step = true;
                        break;
                    }
                }
            }
            if (!step) return false;
        }
        return true;
    }

    /** A province or city name (or a district's full name) starts at {@code p}, leaving a name before {@code fs}. */
    private boolean regionStartsAt(String f, int p, int fs) {
        int max = Math.min(lexicon.longestRegionAlias(), fs - p - 1);
        for (int len = max; len >= 2; len--) {
            String alias = normalizer.normalizeName(f.substring(p, p + len));
            for (Region r : lexicon.regionsNamed(alias)) {
                if (r.level() != Region.Level.DISTRICT || alias.equals(normalizer.normalizeName(r.name()))) return true;
            }
        }
        return false;
    }

    private static boolean isCjk(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    /** Characters a name can contain: CJK, ASCII letters and digits, brackets, a few symbols, inner spaces. */
    private static boolean isNameChar(char c) {
        if (isCjk(c)) return true;
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') return true;
        return "()&-<>/=+_·. ".indexOf(c) >= 0;
    }

    // ---------------------------------------------------------------- 以下简称 / 原名

    private void readDefinitions(Work w) {
        Matcher m = SHORT_NAME.matcher(w.f);
        while (m.find()) {
            TextMention subject = mentionEndingAt(w, m.start());
            if (subject == null) continue;
            String shortName = w.text.substring(m.start(1), m.end(1)).strip();
            if (shortName.isEmpty()) continue;
            w.definitions.add(new NameDefinition(NameDefinition.Kind.SHORT_NAME, subject.text(), shortName, m.start(), m.end()));
            if (subject.type() == EntityKind.ORGANISATION) w.docNames.add(normalizer.normalizeName(shortName));
            else w.personNames.add(normalizer.normalizePersonName(shortName));
        }
        Matcher fm = FORMER_NAME.matcher(w.f);
        while (fm.find()) {
            TextMention subject = mentionEndingAt(w, fm.start());
            int s = fm.end();
            int depth = 0;
            int e = s;
            while (e < w.f.length()) {
                char c = w.f.charAt(e);
                if (c == '(') depth++;
                else if (c == ')') {
                    if (depth == 0) break;
                    depth--;
                } else if (c == '\n' || c == ',' && depth == 0 || c == '。') break;
                e++;
            }
            int ce = e;
            while (ce > s && (w.f.charAt(ce - 1) == '"' || w.f.charAt(ce - 1) == '\'' || Character.isWhitespace(w.f.charAt(ce - 1)))) ce--;
            if (subject == null || ce - s < 2) continue;
            String former = w.text.substring(s, ce);
            w.definitions.add(new NameDefinition(NameDefinition.Kind.FORMER_NAME, subject.text(), former, fm.start(), e + 1));
            if (subject.type() == EntityKind.ORGANISATION && w.free(s, ce)) {
                w.mentions.add(new TextMention(former, s, ce, EntityKind.ORGANISATION, MentionKind.BODY, null, -1, "rule"));
                addDocName(w, former);
            }
        }
    }

    private static TextMention mentionEndingAt(Work w, int at) {
        int p = at;
        while (p > 0 && Character.isWhitespace(w.f.charAt(p - 1))) p--;
        for (TextMention t : w.mentions) if (t.end() == p) return t;
        return null;
    }

    // ---------------------------------------------------------------- re-matching every name

    private void rematch(Work w) {
        Set<String> orgNames = new LinkedHashSet<>();
        for (TextMention t : w.mentions) {
            if (t.type() == EntityKind.ORGANISATION) orgNames.add(normalizer.foldText(t.text().strip()));
        }
        for (NameDefinition d : w.definitions) {
            if (d.kind() == NameDefinition.Kind.SHORT_NAME || d.kind() == NameDefinition.Kind.FORMER_NAME) {
                TextMention subject = null;
                for (TextMention t : w.mentions) if (t.text().equals(d.subject())) subject = t;
                if (subject != null && subject.type() == EntityKind.ORGANISATION) orgNames.add(normalizer.foldText(d.name()));
            }
        }
        List<String> orgs = new ArrayList<>(orgNames);
        orgs.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : orgs) {
            if (name.length() < 2) continue;
            for (int i = w.f.indexOf(name); i >= 0; i = w.f.indexOf(name, i + 1)) {
                int e = i + name.length();
                if (!w.free(i, e) || insideDefinition(w, i)) continue;
                w.mentions.add(new TextMention(w.text.substring(i, e), i, e, EntityKind.ORGANISATION, MentionKind.BODY, null, -1, "rule"));
            }
        }
        List<String> persons = new ArrayList<>();
        for (TextMention t : w.mentions) {
            if (t.type() == EntityKind.PERSON) persons.add(normalizer.foldText(t.text().strip()));
        }
        persons.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : new LinkedHashSet<>(persons)) {
            if (name.length() < 2) continue;
            for (int i = w.f.indexOf(name); i >= 0; i = w.f.indexOf(name, i + 1)) {
                int e = i + name.length();
                if (!w.free(i, e) || insideDefinition(w, i)) continue;
                w.mentions.add(new TextMention(w.text.substring(i, e), i, e, EntityKind.PERSON, MentionKind.BODY, null, -1, "rule"));
            }
        }
    }

    private static boolean insideDefinition(Work w, int at) {
        for (NameDefinition d : w.definitions) {
            if (d.kind() == NameDefinition.Kind.SHORT_NAME && at >= d.start() && at < d.end()) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- the statistical second signal

    private void recognizerPersons(Work w) {
        if (recognizer == PersonOrgRecognizer.NONE) return;
        List<PersonOrgRecognizer.RecognizedSpan> spans;
        try {
            spans = recognizer.recognize(w.text);
        } catch (RuntimeException e) {
            return; // the rules stand on their own
        }
        for (PersonOrgRecognizer.RecognizedSpan s : spans) {
            if (s.end() > w.text.length() || !w.free(s.start(), s.end())) continue;
            String raw = w.text.substring(s.start(), s.end());
            if (s.type() == EntityKind.PERSON) {
                String n = normalizer.normalizePersonName(raw);
                if (n.length() < 2 || n.length() > 4) continue;
                w.mentions.add(new TextMention(raw, s.start(), s.end(), EntityKind.PERSON, MentionKind.BODY, null, -1, "corenlp"));
            } else if (parser.parse(raw).isOrganisation()) {
                w.mentions.add(new TextMention(raw, s.start(), s.end(), EntityKind.ORGANISATION, MentionKind.BODY, null, -1, "corenlp"));
            }
        }
    }

    private static List<String> sortedLongestFirst(String... words) {
        List<String> l = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(words)));
        l.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(l);
    }
}
