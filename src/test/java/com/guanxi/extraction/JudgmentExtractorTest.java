package com.guanxi.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.extraction.TextMention.EntityKind;
import com.guanxi.extraction.TextMention.MentionKind;
import com.guanxi.testsupport.SampleData;
import com.guanxi.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class JudgmentExtractorTest {
    private final JudgmentExtractor extractor = new JudgmentExtractor(SampleData.lexicon());

    @Test
    void shouldFindTheNamesTheAnswerKeyListsInTheSampleJudgments() throws Exception {
        // Given the sample judgments and truth_mentions.jsonl's mentions in them (line, offset, name, type)
        Set<String> truth = new HashSet<>();
        for (JsonNode m : SampleData.truthMentions()) {
            if (!m.get("file").asText().equals("judgments.jsonl")) continue;
            truth.add(m.get("line").asLong() + ":" + m.get("offset").asInt() + ":" + m.get("raw").asText() + ":"
                    + (m.get("entityType").asText().equals("Company") ? EntityKind.ORGANISATION : EntityKind.PERSON));
        }
        Set<String> bad = SampleData.badRows();
        List<String> lines = Files.readAllLines(SharedData.samplesSmall().resolve("judgments.jsonl"), StandardCharsets.UTF_8);
        Set<String> found = new HashSet<>();
        ObjectMapper om = new ObjectMapper();
        // When every good judgment is extracted
        for (int i = 0; i < lines.size(); i++) {
            if (bad.contains("judgments.jsonl:" + (i + 1))) continue;
            JsonNode j = om.readTree(lines.get(i));
            for (TextMention m : extractor.extract(j.get("text").asText()).mentions()) {
                found.add((i + 1) + ":" + m.start() + ":" + m.text() + ":" + m.type());
            }
        }
        // Then precision and recall of the spans are at least 0.97
        Set<String> hit = new HashSet<>(found);
        hit.retainAll(truth);
        assertThat((double) hit.size() / truth.size()).isGreaterThanOrEqualTo(0.97);
        assertThat((double) hit.size() / found.size()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void shouldReadAppellatePartiesWithTheirFirstInstanceRoles() {
        String text = """
                北京市第一中级人民法院
                民 事 判 决 书
                （2023）京01民终1234号
                上诉人（原审被告）：北京联想科技有限公司（以下简称联想公司），住所地北京市海淀区上地路1号。
                法定代表人：张伟，董事长。
                被上诉人（原审原告）：中国工商银行股份有限公司北京海淀支行，住所地北京市海淀区中关村大街2号。
                负责人：李娜，行长。
                原审第三人：王芳，女，1980年1月2日出生，汉族，住北京市朝阳区建国路3号。
                委托诉讼代理人：赵强，北京市天元律师事务所律师。
                上诉人联想公司因与被上诉人中国工商银行股份有限公司北京海淀支行、原审第三人王芳金融借款合同纠纷一案，不服北京市海淀区人民法院（2022）京0108民初5678号民事判决，向本院提起上诉。
                """;
        JudgmentExtraction r = extractor.extract(text);
        assertThat(r.caseNumber()).isEqualTo("(2023)京01民终1234号");
        assertThat(r.citedCaseNumbers()).contains("(2022)京0108民初5678号");
        assertThat(r.parties()).extracting(p -> p.role(), p -> p.roleDetail(), p -> p.name().text(), p -> p.name().type())
                .containsExactly(
                        tuple("上诉人", "原审被告", "北京联想科技有限公司", EntityKind.ORGANISATION),
                        tuple("被上诉人", "原审原告", "中国工商银行股份有限公司北京海淀支行", EntityKind.ORGANISATION),
                        tuple("原审第三人", null, "王芳", EntityKind.PERSON));
        assertThat(r.parties().get(0).representative().text()).isEqualTo("张伟");
        assertThat(r.parties().get(1).representativeTitle()).isEqualTo("负责人");
        assertThat(r.mentions()).filteredOn(m -> m.kind() == MentionKind.AGENT).extracting(TextMention::text).containsExactly("赵强");
        assertThat(r.mentions()).extracting(TextMention::text).contains("北京市天元律师事务所");
        // the defined short name is found in the body
        assertThat(r.definitions()).extracting(NameDefinition::kind, NameDefinition::subject, NameDefinition::name)
                .containsExactly(tuple(NameDefinition.Kind.SHORT_NAME, "北京联想科技有限公司", "联想公司"));
        assertThat(r.mentions()).filteredOn(m -> m.text().equals("联想公司") && m.kind() == MentionKind.BODY).hasSize(1);
    }

    @Test
    void shouldReadEnforcementPartiesAndNaturalPersonsWithoutColon() {
        String text = """
                申请执行人：上海浦东发展银行股份有限公司无锡分行，住所地江苏省无锡市。
                被执行人：无锡市天宇房地产开发有限公司，住所地江苏省无锡市。
                被执行人周斌，男，1970年出生，汉族，住江苏省无锡市锡山区。
                申请执行人上海浦东发展银行股份有限公司无锡分行申请执行被执行人无锡市天宇房地产开发有限公司、周斌借款1.2亿元。
                """;
        JudgmentExtraction r = extractor.extract(text);
        assertThat(r.parties()).extracting(Party::role, p -> p.name().text())
                .containsExactly(tuple("申请执行人", "上海浦东发展银行股份有限公司无锡分行"),
                        tuple("被执行人", "无锡市天宇房地产开发有限公司"), tuple("被执行人", "周斌"));
        assertThat(r.parties().get(2).address()).isEqualTo("江苏省无锡市锡山区");
        assertThat(r.mentions()).filteredOn(m -> m.kind() == MentionKind.BODY).extracting(TextMention::text)
                .containsExactly("上海浦东发展银行股份有限公司无锡分行", "无锡市天宇房地产开发有限公司", "周斌");
    }

    @Test
    void shouldReadAFormerNameGivenInBrackets() {
        String text = "原告：甲乙科技有限公司。\n另查明，北京市致永环保科技有限公司（原名：北京市致永投资管理有限公司）于2020年更名。";
        JudgmentExtraction r = extractor.extract(text);
        assertThat(r.definitions()).extracting(NameDefinition::kind, NameDefinition::subject, NameDefinition::name)
                .containsExactly(tuple(NameDefinition.Kind.FORMER_NAME, "北京市致永环保科技有限公司", "北京市致永投资管理有限公司"));
        assertThat(r.mentions()).extracting(TextMention::text).contains("北京市致永投资管理有限公司");
    }

    @Test
    void shouldStartANameAfterRoleWordsAndFunctionWordsButNotInsideIt() {
        String text = "原告与被告无锡和天宇新房地产开发有限公司签订合同，货物由西安市方汇弘实业有限公司承运，原告某公司未到庭。";
        JudgmentExtraction r = extractor.extract(text);
        assertThat(r.mentions()).extracting(TextMention::text)
                .containsExactly("无锡和天宇新房地产开发有限公司", "西安市方汇弘实业有限公司");
    }

    @Test
    void shouldKeepABankBranchWithItsBank() {
        JudgmentExtraction r = extractor.extract("原告平安银行股份有限公司佛山禅城支行与被告鼎亚贸易有限责任公司金融借款合同纠纷一案");
        assertThat(r.mentions()).extracting(TextMention::text)
                .containsExactly("平安银行股份有限公司佛山禅城支行", "鼎亚贸易有限责任公司");
    }

    @Test
    void shouldRunOverEveryRealJudgmentExcerptWithoutError() throws Exception {
        Path cjrc = SharedData.root().resolve("real/cjrc-judgments/cjrc_dev_ground_truth.json");
        JsonNode data = new ObjectMapper().readTree(cjrc.toFile()).get("data");
        int contexts = 0;
        for (JsonNode d : data) {
            for (JsonNode p : d.get("paragraphs")) {
                String text = p.get("context").asText();
                JudgmentExtraction r = extractor.extract(text);
                for (TextMention m : r.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                contexts++;
            }
        }
        assertThat(contexts).isEqualTo(1000);
    }
}
