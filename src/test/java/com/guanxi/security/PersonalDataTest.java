package com.guanxi.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldMaskAMobileNumberAsChineseServicesDo() {
        assertThat(PersonalData.phone("13812341234")).isEqualTo("138****1234");
        assertThat(PersonalData.phone("+86 138-1234-1234")).isEqualTo("861****1234");
        assertThat(PersonalData.phone("5865736")).isEqualTo("****");
    }

    @Test
    void shouldKeepOnlyTheFirstLetterOfAnEmailsLocalPart() {
        assertThat(PersonalData.email("alice@x.com")).isEqualTo("a***@x.com");
        assertThat(PersonalData.email("not-an-address")).isEqualTo("***");
    }

    @Test
    void shouldMaskAnIdentityCardNumber() {
        assertThat(PersonalData.identifier("110101199003071234")).isEqualTo("110****1234");
    }

    @Test
    void shouldMaskFieldsByNameAtAnyDepthAndLeaveOthers() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"name":"天津海纳","phone":"13812341234","contact":{"legal_rep_phone":"13900001111","E-Mail":"bo@y.cn"},
                 "people":[{"idNumber":"110101199003071234","emails":["x@z.org"]}],"telephoneCount":2,"uscc":"91120101455490325F"}""");
        assertThat(PersonalData.mask(tree)).isTrue();
        assertThat(tree.get("phone").asText()).isEqualTo("138****1234");
        assertThat(tree.at("/contact/legal_rep_phone").asText()).isEqualTo("139****1111");
        assertThat(tree.at("/contact/E-Mail").asText()).isEqualTo("b***@y.cn");
        assertThat(tree.at("/people/0/idNumber").asText()).isEqualTo("110****1234");
        assertThat(tree.at("/people/0/emails/0").asText()).isEqualTo("x***@z.org");
        assertThat(tree.get("name").asText()).isEqualTo("天津海纳");
        assertThat(tree.get("uscc").asText()).isEqualTo("91120101455490325F");
        assertThat(tree.get("telephoneCount").asInt()).isEqualTo(2);
    }

    @Test
    void shouldMaskInsideFactsKeptAsJsonText() throws Exception {
        JsonNode tree = JSON.readTree("{\"history\":[{\"facts\":\"{\\\"phone\\\":\\\"13812341234\\\",\\\"name\\\":\\\"甲\\\"}\"}]}");
        assertThat(PersonalData.mask(tree)).isTrue();
        assertThat(JSON.readTree(tree.at("/history/0/facts").asText()).get("phone").asText()).isEqualTo("138****1234");
    }

    @Test
    void shouldMaskTheValueOfASharedPhoneOrEmailButNotOfASharedAddress() throws Exception {
        JsonNode tree = JSON.readTree("""
                {"sharedContacts":[{"type":"phone","value":"022-58657362","size":6},{"type":"email","value":"rqqz396@sina.com"},
                 {"type":"address","value":"天津市和平区金融街98号"}]}""");
        assertThat(PersonalData.mask(tree)).isTrue();
        assertThat(tree.at("/sharedContacts/0/value").asText()).isEqualTo("022****7362");
        assertThat(tree.at("/sharedContacts/1/value").asText()).isEqualTo("r***@sina.com");
        assertThat(tree.at("/sharedContacts/2/value").asText()).isEqualTo("天津市和平区金融街98号");
    }

    @Test
    void shouldMaskTheViaOfAPartyConnectedByASharedPhoneButNotACaseNumber() throws Exception {
        JsonNode tree = JSON.readTree("""
                [{"id":"A","relations":["shared_phone"],"via":"13812341234"},
                 {"id":"B","relations":["litigation_counterparty","shared_email"],"via":"(2023)沪0101民初1号"}]""");
        assertThat(PersonalData.mask(tree)).isTrue();
        assertThat(tree.at("/0/via").asText()).isEqualTo("138****1234");
        assertThat(tree.at("/1/via").asText()).isEqualTo("(2023)沪0101民初1号");
    }

    @Test
    void shouldReportNothingMaskedWhenThereIsNothingPersonal() throws Exception {
        assertThat(PersonalData.mask(JSON.readTree("{\"nodes\":{\"Company\":3},\"note\":\"{not json}\"}"))).isFalse();
    }
}
