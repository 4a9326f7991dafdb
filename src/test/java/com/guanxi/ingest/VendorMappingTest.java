package com.guanxi.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mapping engine on small hand-made vendor files: every kind of rule, declared in YAML. */
class VendorMappingTest {

    private static VendorMapping mapping(String yaml) throws IOException {
        return VendorMapping.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static FileStats read(VendorMapping m, String csv, Charset charset, CollectingSink sink) throws IOException {
        return m.read("vendor.csv", new ByteArrayInputStream(csv.getBytes(charset)), "b1", sink);
    }

    private static final String YAML = """
            mapping: test-vendor
            target: companies.csv
            nullValues: ["N/A", "无"]
            columns:
              name: { from: 公司名称 }
              uscc: { from: 代码, unless: '\\d{15}' }
              reg_no: { from: 代码, when: '\\d{15}' }
              registered_capital:
                from: 资本
                rewrite:
                  - { match: '([0-9.]+)\\s*MIO\\s*RMB', replace: '$1百万元' }
                  - { match: '(?i)tbd', reject: unparseable_amount, detail: 'capital to be determined' }
              status: { constant: 存续 }
              address: { template: '{省}{市}{地址}' }
            extra:
              year: { from: 来源, extract: '/(\\d{4})/' }
              vendor: { constant: test }
            """;

    private static final String HEADER = "来源,公司名称,代码,资本,省,市,地址,备注\n";

    @Test
    void shouldMapVendorColumnsOntoCanonicalCompanies() throws IOException {
        // Given a vendor row using every kind of rule
        String csv = HEADER + "csv/2019/js.csv,南京某某科技有限公司,91350100M000100Y43,2.5 MIO RMB,江苏省,南京市,中山路1号,优质\n";
        CollectingSink sink = new CollectingSink();
        // When
        FileStats stats = read(mapping(YAML), csv, StandardCharsets.UTF_8, sink);
        // Then
        assertThat(stats).isEqualTo(new FileStats("vendor.csv", 1, 1, 0));
        CompanyRecord c = sink.companies.get(0);
        assertThat(c.name()).isEqualTo("南京某某科技有限公司");
        assertThat(c.uscc()).isEqualTo("91350100M000100Y43");
        assertThat(c.regNo()).isNull();
        assertThat(c.registeredCapital().amount()).isEqualByComparingTo(new BigDecimal("2500000"));
        assertThat(c.status()).isEqualTo("存续");
        assertThat(c.address()).isEqualTo("江苏省南京市中山路1号");
        assertThat(c.extra()).containsExactly(Map.entry("year", "2019"), Map.entry("vendor", "test"), Map.entry("备注", "优质"));
        assertThat(c.source()).isEqualTo(new SourceRef("b1", "vendor.csv", 2));
    }

    @Test
    void shouldRouteA15DigitCodeToRegNoAndBlankNullTokens() throws IOException {
        String csv = HEADER + "x,老字号商店,110108000000008,N/A,无,,,\n";
        CollectingSink sink = new CollectingSink();
        read(mapping(YAML), csv, StandardCharsets.UTF_8, sink);
        CompanyRecord c = sink.companies.get(0);
        assertThat(c.uscc()).isNull();
        assertThat(c.regNo()).isEqualTo("110108000000008");
        assertThat(c.registeredCapital()).isNull();
        assertThat(c.extra()).doesNotContainKey("year");
    }

    @Test
    void shouldRejectWithTheVendorColumnName() throws IOException {
        String csv = HEADER
                + "x,甲公司,91350100M000100Y44,100万元,,,,\n"
                + "x,乙公司,91350100M000100Y43,TBD,,,,\n"
                + "x,,91350100M000100Y43,100万元,,,,\n"
                + "x,丁公司,91350100M000100Y43,-5万元,,,,\n";
        CollectingSink sink = new CollectingSink();
        FileStats stats = read(mapping(YAML), csv, StandardCharsets.UTF_8, sink);
        assertThat(stats).isEqualTo(new FileStats("vendor.csv", 4, 0, 4));
        assertThat(sink.rejects).extracting(Reject::line, Reject::column, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "代码", "invalid_uscc"),
                org.assertj.core.groups.Tuple.tuple(3L, "资本", "unparseable_amount"),
                org.assertj.core.groups.Tuple.tuple(4L, "公司名称", "missing_required"),
                org.assertj.core.groups.Tuple.tuple(5L, "资本", "negative_amount"));
        assertThat(sink.rejects.get(1).detail()).isEqualTo("capital to be determined");
    }

    @Test
    void shouldReadAVendorFileInTheDeclaredCharsetAndDelimiter() throws IOException {
        String yaml = """
                mapping: gbk-vendor
                target: personnel.csv
                encoding: GB18030
                delimiter: "|"
                columns:
                  company_name: { from: 企业 }
                  person_name: { from: 姓名 }
                  position: { from: 职务 }
                """;
        String csv = "企业|姓名|职务\n北京某某科技有限公司|张伟|监事\n";
        CollectingSink sink = new CollectingSink();
        read(mapping(yaml), csv, Charset.forName("GB18030"), sink);
        assertThat(sink.personnel).singleElement().satisfies(p -> {
            assertThat(p.companyName()).isEqualTo("北京某某科技有限公司");
            assertThat(p.personName()).isEqualTo("张伟");
        });
    }

    @Test
    void shouldRefuseAMappingThatNamesAnUnknownCanonicalColumn() {
        assertThatThrownBy(() -> mapping("mapping: m\ntarget: companies.csv\ncolumns:\n  nom: { from: x }\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nom");
    }

    @Test
    void shouldRefuseAMappingWithAnUnknownKey() {
        assertThatThrownBy(() -> mapping("mapping: m\ntarget: companies.csv\ncolumns:\n  name: { form: x }\n"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shouldRefuseARuleWithTwoSources() {
        assertThatThrownBy(() -> mapping("mapping: m\ntarget: companies.csv\ncolumns:\n  name: { from: x, constant: y }\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAFileThatLacksAMappedColumn() {
        assertThatThrownBy(() -> read(mapping(YAML), "公司名称,代码\n甲,1\n", StandardCharsets.UTF_8, new CollectingSink()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads column");
    }
}
