package com.guanxi.report;

import java.util.List;

/**
 * A risk report (风控报告) on one company for credit approvers, ready to render: every value is display text, already
 * masked for the reader. Built by {@link RiskReports} from the API's own answers; rendered by {@link ReportRenderer}.
 *
 * @param company     the company
 * @param generatedAt when the report was made (Asia/Shanghai)
 * @param preparedFor the user the report was made for
 * @param run         the analytics run and tag run the report reads
 * @param registry    registry facts (工商信息)
 * @param control     control and group (实际控制人与集团)
 * @param guarantee   guarantee position (担保)
 * @param cases       litigation (涉诉) of the company and its associated parties
 * @param casesTotal  how many cases there were before {@code cases} was cut
 * @param associated  associated parties (关联方) with their tags
 * @param associatedLimit the most associated parties the report lists
 * @param tags        the company's own risk tags with their evidence
 * @param decision    an indicative decision on the company as applicant
 */
public record RiskReport(Party company, String generatedAt, String preparedFor, RunInfo run, List<Fact> registry,
                         Control control, Guarantee guarantee, List<CaseView> cases, int casesTotal,
                         List<AssociatedView> associated, int associatedLimit, List<TagView> tags,
                         DecisionView decision) {

    /** A company or person: its name (may be unknown) and id. */
    public record Party(String id, String name, String type) {
        /** How a party reads in running text: 名称（id）. */
        public String label() {
            return name == null || name.isBlank() ? id : name + "（" + id + "）";
        }

        public boolean person() {
            return "Person".equals(type);
        }
    }

    public record RunInfo(String analyticsRunId, String asOf, String tagRunId, String tagAsOf) {
    }

    /** One labelled value. */
    public record Fact(String label, String value) {
    }

    /** One labelled value that may take several lines (evidence). */
    public record Field(String label, List<String> lines) {
    }

    /**
     * @param note set when the company is not in the analytics run (then the other fields are empty)
     */
    public record Control(Party ultimateController, String basis, List<Party> controlPath, List<Owner> beneficialOwners,
                          Party groupRoot, Integer groupSize, String note) {
    }

    public record Owner(Party party, String share, String basis) {
    }

    /**
     * @param amounts      guaranteed and received totals and the ratio to registered capital
     * @param circle       the guarantee circle (担保圈) it belongs to, or null
     * @param loop         the guarantee loop (循环担保) it lies in, or null
     * @param longestChain edges on the longest guarantee chain through it, or null outside the guarantee network
     * @param chain        one longest chain, when it is long enough to be tagged
     * @param contagion    who is called if it defaults (风险传染), nearest first (the first ones of {@code contagionCount})
     * @param contagionTotal the sum of the first-order exposures of all of them
     * @param overGuarantee the over-guarantee (过度担保) evidence, or null when it is not over-guaranteed
     */
    public record Guarantee(List<Fact> amounts, Circle circle, Loop loop, Integer longestChain, List<String> chain,
                            List<Exposure> contagion, int contagionCount, String contagionTotal,
                            List<Fact> overGuarantee) {
    }

    public record Circle(String id, int size, String totalAmount, int companyMembers, boolean hasLoop, boolean hasMutual,
                         List<Party> members, int membersTotal, String maxOutExposure, String maxInExposure) {
    }

    public record Loop(int size, List<Party> members, List<Party> cycle) {
    }

    public record Exposure(Party guarantor, int hops, String firstOrder, String alongPath, List<Party> path) {
    }

    /**
     * @param involves who of the company and its associated parties is party to the case
     */
    public record CaseView(String caseNo, String court, String date, String cause, String docType,
                           List<CaseParty> parties, List<String> involves) {
    }

    public record CaseParty(Party party, String role) {
    }

    public record AssociatedView(Party party, List<String> relations, List<Party> path, String via, List<TagRef> tags) {
    }

    public record TagRef(String code, String nameZh, String severity, String severityZh) {
    }

    public record TagView(String code, String nameZh, String nameEn, String severity, String severityZh,
                          List<Field> evidence, String asOf, String version) {
    }

    /**
     * @param outcome approve, review or reject
     * @param application what was decided: the company alone, no guarantors, the amount
     */
    public record DecisionView(String outcome, String outcomeZh, int score, List<ReasonView> reasons, String rulesetId,
                               String rulesetVersion, String application, String tagRunId, String asOf) {
    }

    public record ReasonView(String rule, String description, String effect, String tag, Party subject,
                             List<String> evidence) {
    }
}
