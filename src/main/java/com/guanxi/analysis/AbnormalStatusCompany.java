package com.guanxi.analysis;

/** A revoked/cancelled (吊销/注销) company still party to an active guarantee, and in which role(s). */
public record AbnormalStatusCompany(String id, String status, boolean asGuarantor, boolean asBorrower) {
}
