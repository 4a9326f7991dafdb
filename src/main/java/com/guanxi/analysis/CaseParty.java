package com.guanxi.analysis;

import java.util.Objects;

/**
 * One party to a court case (涉诉, a {@code PARTY_TO} relationship in the graph).
 *
 * @param caseNo   normalised case number (案号)
 * @param cause    cause of action (案由), e.g. 金融借款合同纠纷; null when unknown
 * @param entityId the company or person
 * @param role     原告, 被告, 第三人, 上诉人, 被上诉人, 申请人, 被申请人, 被执行人 …; null when unknown
 */
public record CaseParty(String caseNo, String cause, String entityId, String role) {
    public CaseParty {
        Objects.requireNonNull(caseNo, "caseNo");
        Objects.requireNonNull(entityId, "entityId");
    }
}
