package com.guanxi.analysis;

import java.util.Locale;

/** How an associated party (关联方) is connected to a company, in the order of definitions.md "Associated parties". */
public enum Association {
    /** Its ultimate controller or an intermediate controller (实际控制人 / 控制方). */
    CONTROLLER,
    /** A company under the same ultimate controller (同一集团). */
    SAME_GROUP,
    /** A direct shareholder (股东). */
    SHAREHOLDER,
    /** A direct investee (对外投资). */
    INVESTEE,
    /** A person serving in the company (任职人员). */
    OFFICER,
    /** Another company a person serving in the company also serves (交叉任职). */
    CROSS_OFFICE,
    /** A guarantor of the company (担保方). */
    GUARANTOR,
    /** A party the company guarantees (被担保方). */
    GUARANTEED,
    /** Another party to a case the company is party to (涉诉对方). */
    LITIGATION_COUNTERPARTY,
    /** A company registered at the same address (疑似关联). */
    SHARED_ADDRESS,
    /** A company with the same phone. */
    SHARED_PHONE,
    /** A company with the same email. */
    SHARED_EMAIL;

    /** Lower-case code used in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
