package com.guanxi.extraction;

import com.guanxi.testsupport.SampleData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyNameParserTest {
    private final CompanyNameParser parser = new CompanyNameParser(SampleData.lexicon());

    @Test
    void shouldSplitRegionTradeIndustryAndForm() {
        ParsedName p = parser.parse("广州市远拓东坤农业发展股份有限公司");
        assertThat(p.regionText()).isEqualTo("广州市");
        assertThat(p.regions()).extracting(Region::code).containsExactly("440100");
        assertThat(p.trade()).isEqualTo("远拓东坤");
        assertThat(p.industry()).isEqualTo("农业发展");
        assertThat(p.form().form()).isEqualTo("股份有限公司");
    }

    @Test
    void shouldGiveTheSameCoreWithAndWithoutRegion() {
        // region in front, region in brackets in the middle, no region: one company
        assertThat(parser.parse("拓合乾（宁波）供应链管理有限责任公司").core())
                .isEqualTo(parser.parse("拓合乾供应链管理有限责任公司").core());
        assertThat(parser.parse("武汉市 格福供应链管理有限公司").core())
                .isEqualTo(parser.parse("格福供应链管理有限公司").core());
        assertThat(parser.parse("拓合乾(宁波)供应链管理有限责任公司").regions()).extracting(Region::code).containsExactly("330200");
    }

    @Test
    void shouldReadNestedRegionsDownToTheDistrict() {
        assertThat(parser.regionsAtStart("广东省广州市越秀区中山路290号")).extracting(Region::code).containsExactly("440104");
    }

    @Test
    void shouldKeepABankBranchApartFromItsHeadOffice() {
        ParsedName p = parser.parse("中国工商银行股份有限公司深圳南山支行");
        assertThat(p.branch()).isEqualTo("深圳南山支行");
        assertThat(p.institution()).isEqualTo("中国工商银行股份有限公司");
        assertThat(p.branchRegions()).extracting(Region::code).containsExactly("440305");
    }

    @Test
    void shouldRewriteABankAbbreviationToTheBanksLegalName() {
        assertThat(parser.parse("工行深圳南山支行").normalized()).isEqualTo("中国工商银行股份有限公司深圳南山支行");
    }

    @Test
    void shouldReadPartnershipFormsAndTrailingForeignRegions() {
        assertThat(parser.parse("郑州市东方达股权投资合伙企业(有限合伙)").form().group()).isEqualTo("lp");
        ParsedName hk = parser.parse("瀚程国际控股有限公司（香港）");
        assertThat(hk.regions()).extracting(Region::code).containsExactly("810000");
        assertThat(hk.trade()).isEqualTo("瀚程");
    }

    @Test
    void shouldFindNoFormInAPersonsName() {
        assertThat(parser.parse("张伟").isOrganisation()).isFalse();
    }
}
