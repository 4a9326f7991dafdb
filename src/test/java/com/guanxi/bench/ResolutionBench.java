package com.guanxi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.extraction.CompanyNameParser;
import com.guanxi.extraction.JudgmentExtractor;
import com.guanxi.extraction.Lexicon;
import com.guanxi.extraction.ModelFiles;
import com.guanxi.extraction.ParsedName;
import com.guanxi.extraction.Region;
import com.guanxi.resolution.CompanyEntity;
import com.guanxi.resolution.CompanyIndex;
import com.guanxi.resolution.CompanyResolver;
import com.guanxi.resolution.InMemoryJudgementStore;
import com.guanxi.resolution.Resolution;
import com.guanxi.resolution.ResolutionModel;
import com.guanxi.testsupport.SharedData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Throughput of company resolution against a registry of N generated companies (default 1,000,000) and of
 * rule extraction on judgment text. Usage: {@code ResolutionBench [companies] [mentions]}; run with -Xmx6g.
 * Names are generated: region (a real city or district) + 2–3 character trade name + industry + form;
 * mentions are registry names with noise (exact, spaces, region left out, one typo, traditional characters).
 */
public final class ResolutionBench {
    private static final String TRADE = "华中东南西北金银鑫源汇通达信诚安康泰丰盛隆兴旺发宏鸿博瑞祥德恒嘉佳美宇宙天地和合众联创新科远航海"
            + "星光明晨曦阳春秋冬夏云雨雪风雷电山川河湖江洋林森木火土石玉珠宝龙凤鹏鹤麒麟锦绣华夏神州长城昆仑泰岳峰岩"
            + "立正方圆永久百千万亿启明辉煌灿烂腾飞跃进先锋卓越精英优品佳益广厚德载物志远致诚信实惠民利众创达拓展开元";
    private static final String[] INDUSTRY = {"科技", "信息技术", "贸易", "商贸", "实业", "投资管理", "房地产开发", "建设工程",
            "供应链管理", "餐饮管理", "文化传媒", "电子科技", "机械设备", "食品", "物流", "医药", "纺织", "新能源", "农业发展", "置业"};
    private static final String[] FORM = {"有限公司", "有限责任公司", "股份有限公司"};

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int mentions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        ModelFiles files = Files.isDirectory(Path.of("entity-resolution")) ? ModelFiles.directory(Path.of("entity-resolution")) : ModelFiles.standard();
        Lexicon lexicon = Lexicon.load(files);
        ResolutionModel model = ResolutionModel.load(files);
        CompanyNameParser parser = new CompanyNameParser(lexicon);
        Random rnd = new Random(42);
        List<Region> regions = new ArrayList<>();
        for (int code = 110000; code < 660000; code++) {
            Region r = lexicon.region(String.format("%06d", code));
            if (r != null && r.level() != Region.Level.PROVINCE) regions.add(r);
        }
        System.out.printf("registry: generating %,d companies over %,d divisions%n", n, regions.size());
        List<CompanyEntity> registry = new ArrayList<>(n);
        Set<String> names = new java.util.HashSet<>();
        while (registry.size() < n) {
            Region r = regions.get(rnd.nextInt(regions.size()));
            int tl = 2 + rnd.nextInt(2);
            StringBuilder trade = new StringBuilder();
            for (int i = 0; i < tl; i++) trade.append(TRADE.charAt(rnd.nextInt(TRADE.length())));
            String name = r.name() + trade + INDUSTRY[rnd.nextInt(INDUSTRY.length)] + FORM[rnd.nextInt(FORM.length)];
            if (!names.add(name)) continue;
            String uscc = "91" + r.code() + String.format("%09d", registry.size()) + "X";
            registry.add(new CompanyEntity(uscc, uscc, null, name, List.of(), true, null));
        }
        names = null;
        System.gc();
        long mem0 = usedMemory();
        long t0 = System.nanoTime();
        CompanyIndex index = new CompanyIndex(parser, model.company(), n);
        for (CompanyEntity e : registry) index.add(e);
        double buildSec = (System.nanoTime() - t0) / 1e9;
        System.gc();
        System.out.printf("index: built in %.1f s (%,.0f companies/s), about %,d MB heap%n", buildSec, n / buildSec,
                (usedMemory() - mem0) / (1 << 20));

        // mentions with noise
        String t2sSource = "國華東貿業電發龍鳳雲豐盛興達遠實權開門長";
        String simplified = "国华东贸业电发龙凤云丰盛兴达远实权开门长";
        List<String> queries = new ArrayList<>(mentions);
        List<String> expected = new ArrayList<>(mentions);
        String[] kinds = {"exact", "spaces", "region_omitted", "typo", "traditional"};
        int[] perKind = new int[kinds.length];
        int[] okKind = new int[kinds.length];
        int[] kindOf = new int[mentions];
        for (int i = 0; i < mentions; i++) {
            CompanyEntity e = registry.get(rnd.nextInt(n));
            String name = e.name();
            int k = rnd.nextInt(kinds.length);
            ParsedName p = parser.parse(name);
            String q = switch (k) {
                case 1 -> name.substring(0, 3) + " " + name.substring(3);
                case 2 -> name.substring(p.regionText().length());
                case 3 -> {
                    int at = name.indexOf(p.trade()) + rnd.nextInt(p.trade().length());
                    yield name.substring(0, at) + TRADE.charAt(rnd.nextInt(TRADE.length())) + name.substring(at + 1);
                }
                case 4 -> {
                    StringBuilder sb = new StringBuilder();
                    for (char c : name.toCharArray()) {
                        int j = simplified.indexOf(c);
                        sb.append(j >= 0 ? t2sSource.charAt(j) : c);
                    }
                    yield sb.toString();
                }
                default -> name;
            };
            queries.add(q);
            expected.add(e.id());
            kindOf[i] = k;
        }
        CompanyResolver resolver = new CompanyResolver(index, model.company(), new InMemoryJudgementStore());
        // warm-up
        for (int i = 0; i < Math.min(5000, mentions); i++) resolver.resolve(new CompanyResolver.Query("w" + i, queries.get(i), null, null, Set.of()));
        int linked = 0, correct = 0, review = 0;
        t0 = System.nanoTime();
        for (int i = 0; i < mentions; i++) {
            Resolution r = resolver.resolve(new CompanyResolver.Query("m" + i, queries.get(i), null, null, Set.of()));
            perKind[kindOf[i]]++;
            if (r.linked() && r.uscc() != null) {
                linked++;
                if (r.entityId().equals(expected.get(i))) {
                    correct++;
                    okKind[kindOf[i]]++;
                }
            } else if (!r.linked()) {
                review++;
            }
        }
        double resolveSec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("resolution: %,d mentions in %.1f s = %,.0f mentions/s (one thread); linked to registry %,d, correct %,d, review %,d%n",
                mentions, resolveSec, mentions / resolveSec, linked, correct, review);
        for (int k = 0; k < kinds.length; k++) {
            System.out.printf("  %-15s %,7d mentions, %.4f linked to the right company%n", kinds[k], perKind[k], (double) okKind[k] / perKind[k]);
        }

        // extraction throughput: sample judgments and real excerpts, rules only, with the 1M-name gazetteer
        List<String> texts = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        for (String l : Files.readAllLines(SharedData.samplesSmall().resolve("judgments.jsonl"), StandardCharsets.UTF_8)) {
            try {
                JsonNode j = om.readTree(l);
                if (j.hasNonNull("text")) texts.add(j.get("text").asText());
            } catch (Exception ignored) {
                // the sample has a malformed line on purpose
            }
        }
        JsonNode cjrc = om.readTree(SharedData.root().resolve("real/cjrc-judgments/cjrc_dev_ground_truth.json").toFile()).get("data");
        for (JsonNode d : cjrc) for (JsonNode p : d.get("paragraphs")) texts.add(p.get("context").asText());
        JudgmentExtractor extractor = new JudgmentExtractor(lexicon);
        long chars = 0;
        for (String t : texts) extractor.extract(t, index); // warm-up
        t0 = System.nanoTime();
        for (int round = 0; round < 3; round++) {
            for (String t : texts) {
                extractor.extract(t, index);
                chars += t.length();
            }
        }
        double exSec = (System.nanoTime() - t0) / 1e9;
        System.out.printf("extraction: %,d characters in %.1f s = %,.0f characters/s (rules, gazetteer of %,d names, one thread)%n",
                chars, exSec, chars / exSec, n);
    }

    private static long usedMemory() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
