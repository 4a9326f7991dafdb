package com.guanxi.analysis;

/** Integrated ownership (穿透持股) of a holder in a company: d_p (I - A)^-1 at that company. */
public record IntegratedShare(String holderId, String companyId, double share) {
}
