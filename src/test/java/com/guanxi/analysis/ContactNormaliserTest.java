package com.guanxi.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact values delivered with other widths, spacing or punctuation (import-format.md) compare equal. */
class ContactNormaliserTest {

    @Test
    void shouldTreatFullWidthAndSpacedAddressesAsTheSameAddress() {
        assertThat(ContactNormaliser.address(" 四川省成都市武侯区黄河路３０９号Ａ座 634室 "))
                .isEqualTo(ContactNormaliser.address("四川省成都市武侯区黄河路309号A座634室"))
                .isEqualTo("四川省成都市武侯区黄河路309号A座634室");
    }

    @Test
    void shouldKeepOnlyTheDigitsOfAPhoneAndDropTheChinaPrefixOfAMobile() {
        assertThat(ContactNormaliser.phone("+86 157-4637-4281")).isEqualTo("15746374281");
        assertThat(ContactNormaliser.phone("１５７４６３７４２８１")).isEqualTo("15746374281");
        assertThat(ContactNormaliser.phone("022-58657362")).isEqualTo("02258657362");
        assertThat(ContactNormaliser.phone("无")).isNull();
    }

    @Test
    void shouldCompareEmailsWithoutCaseOrSpaces() {
        assertThat(ContactNormaliser.email(" RQQZ396@Sina.com ")).isEqualTo("rqqz396@sina.com");
        assertThat(ContactNormaliser.email("not an email")).isNull();
    }

    @Test
    void shouldTagOnlyClustersWhereEachMemberSharesWithAtLeastFiveOthers() {
        java.util.List<CompanyFacts> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) facts.add(new CompanyFacts("A" + i, null, null, null, "同一地址1号", null, null));
        for (int i = 0; i < 5; i++) facts.add(new CompanyFacts("B" + i, null, null, null, null, "0755-1234567", null));
        facts.add(new CompanyFacts("C", null, null, null, "别处", null, null));

        SharedContactResult result = SharedContacts.find(CompanyRegistry.of(facts), AnalysisParams.defaults());

        assertThat(result.clusters()).extracting(c -> c.type() + ":" + c.size() + ":" + c.tagged())
                .containsExactly("ADDRESS:6:true", "PHONE:5:false");
        assertThat(result.taggedCompanies()).containsExactly("A0", "A1", "A2", "A3", "A4", "A5");
    }
}
