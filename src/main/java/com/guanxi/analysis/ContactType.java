package com.guanxi.analysis;

/** The registry contact fields that can reveal a shell cluster (疑似关系 SAME_ADDRESS / SAME_PHONE / SAME_EMAIL). */
public enum ContactType {
    ADDRESS, PHONE, EMAIL
}
