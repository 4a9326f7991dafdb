package com.guanxi.resolution;

import com.guanxi.ingest.CompanyRecord;
import com.guanxi.ingest.JudgmentRecord;
import com.guanxi.ingest.PersonnelRecord;
import com.guanxi.ingest.ShareholderRecord;
import com.guanxi.ingest.SourceRef;
import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Persons have no id: name and context decide (definitions.md "Entities"). */
class PersonResolutionTest {
    private final InMemoryJudgementStore judgements = new InMemoryJudgementStore();
    private final BatchResolver resolver = BatchResolver.create(SampleData.lexicon(), SampleData.model(), judgements);
    private int line = 1;

    private CompanyRecord company(String uscc, String name, String legalRep, String address) {
        return new CompanyRecord(new SourceRef("b", "companies.csv", ++line), uscc, null, name, List.of(), legalRep, null, null,
                null, null, address, null, null, null, Map.of());
    }

    private ShareholderRecord holding(String companyUscc, String holder, String holderUscc) {
        return new ShareholderRecord(new SourceRef("b", "shareholders.csv", ++line), companyUscc, null, holder, null, holderUscc,
                new BigDecimal("0.6"), null, null, Map.of());
    }

    private PersonnelRecord officer(String companyUscc, String person) {
        return new PersonnelRecord(new SourceRef("b", "personnel.csv", ++line), companyUscc, null, person, "董事", Map.of());
    }

    private static String personOf(BatchResult r, String file, String field) {
        List<String> ids = new ArrayList<>();
        for (MentionResolution m : r.personMentions()) if (m.ref().file().equals(file) && m.ref().field().equals(field)) ids.add(m.resolution().entityId());
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void shouldKeepNamesakesOfUnrelatedCompaniesApart() {
        // Given two unrelated companies, each with a legal representative called 张伟
        BatchResult r = resolver.resolve(new Batch("b", List.of(
                company("91110105MA00000011", "北京甲乙科技有限公司", "张伟", "北京市朝阳区一路1号"),
                company("91440104MA00000022", "广州丙丁贸易有限公司", "张伟", "广州市越秀区二路2号")), null, null, null, null));
        // Then they are two persons
        assertThat(r.personMentions()).extracting(m -> m.resolution().entityId()).doesNotHaveDuplicates();
        assertThat(r.personMentions()).allMatch(m -> m.resolution().method() == Method.PERSON_NEW);
    }

    @Test
    void shouldMakeOnePersonOfTheLegalRepAndShareholderOfOneCompany() {
        BatchResult r = resolver.resolve(new Batch("b",
                List.of(company("91110105MA00000011", "北京甲乙科技有限公司", "张伟", null)),
                List.of(holding("91110105MA00000011", "张伟", null)), null, null, null));
        assertThat(personOf(r, "companies.csv", "legal_rep")).isEqualTo(personOf(r, "shareholders.csv", "shareholder_name"));
        MentionResolution m = r.personMentions().get(1);
        assertThat(m.resolution().method()).isEqualTo(Method.PERSON_CONTEXT);
        assertThat(m.resolution().explanation()).extracting(ExplanationStep::comparison, ExplanationStep::level)
                .contains(org.assertj.core.groups.Tuple.tuple("same_company", "yes"));
    }

    @Test
    void shouldFollowOwnershipToAPersonServingInTheGroup() {
        // Given A holds B, 王芳 is legal rep of A and director of B
        BatchResult r = resolver.resolve(new Batch("b",
                List.of(company("91110105MA00000011", "北京甲乙控股有限公司", "王芳", null),
                        company("91110105MA00000033", "北京戊己科技有限公司", "李强", null)),
                List.of(holding("91110105MA00000033", "北京甲乙控股有限公司", "91110105MA00000011")),
                List.of(officer("91110105MA00000033", "王芳")), null, null));
        String repOfA = r.personMentions().stream().filter(m -> m.raw().equals("王芳") && m.ref().field().equals("legal_rep"))
                .findFirst().orElseThrow().resolution().entityId();
        // Then the director of B is the legal rep of A: one hop of ownership apart
        assertThat(personOf(r, "personnel.csv", "person_name")).isEqualTo(repOfA);
    }

    @Test
    void shouldNeverMergeAPairAReviewerRejected() {
        CompanyRecord c = company("91110105MA00000011", "北京甲乙科技有限公司", "张伟", null);
        ShareholderRecord h = holding("91110105MA00000011", "张伟", null);
        String repKey = new MentionRef("companies.csv", c.source().line(), "legal_rep", -1).key();
        String holderKey = new MentionRef("shareholders.csv", h.source().line(), "shareholder_name", -1).key();
        judgements.record(new Judgement(repKey, holderKey, Judgement.Verdict.REJECT, "analyst", Instant.now(), "father and son"));
        BatchResult r = resolver.resolve(new Batch("b", List.of(c), List.of(h), null, null, null));
        assertThat(personOf(r, "companies.csv", "legal_rep")).isNotEqualTo(personOf(r, "shareholders.csv", "shareholder_name"));
    }

    private JudgmentRecord judgment(String text) {
        return new JudgmentRecord(new SourceRef("b", "judgments.jsonl", ++line), "(2024)京0105民初1号", "(2024)京0105民初1号",
                null, null, null, null, text, Map.of());
    }

    @Test
    void shouldLinkAPartyToTheOnlyNamesakeWhoseCompanyLiesInTheirDistrict() {
        BatchResult r = resolver.resolve(new Batch("b",
                List.of(company("91110105MA00000011", "北京甲乙科技有限公司", null, null)),
                List.of(holding("91110105MA00000011", "毛春云", null)), null, null,
                List.of(judgment("原告：毛春云，女，1961年5月2日出生，汉族，住北京市朝阳区中山路290号。\n被告：王五，男，住上海市。\n原告毛春云与被告王五民间借贷纠纷一案"))));
        String holder = personOf(r, "shareholders.csv", "shareholder_name");
        assertThat(r.personMentions()).filteredOn(m -> m.raw().equals("毛春云") && m.ref().file().equals("judgments.jsonl"))
                .extracting(m -> m.resolution().entityId()).containsOnly(holder);
    }

    @Test
    void shouldNotChooseBetweenTwoNamesakesInThePartysDistrict() {
        BatchResult r = resolver.resolve(new Batch("b",
                List.of(company("91110105MA00000011", "北京甲乙科技有限公司", null, null),
                        company("91110105MA00000044", "北京庚辛贸易有限公司", null, null)),
                List.of(holding("91110105MA00000011", "毛春云", null), holding("91110105MA00000044", "毛春云", null)), null, null,
                List.of(judgment("原告：毛春云，女，1961年5月2日出生，汉族，住北京市朝阳区中山路290号。\n被告：王五，男，住上海市。\n原告毛春云与被告王五民间借贷纠纷一案"))));
        List<String> ids = r.personMentions().stream().filter(m -> m.raw().equals("毛春云")).map(m -> m.resolution().entityId()).distinct().toList();
        assertThat(ids).hasSize(3);
        assertThat(r.reviewItems()).filteredOn(i -> i.entityType() == EntityType.PERSON).hasSize(2);
    }
}
