package com.guanxi.analysis;

import com.guanxi.ingest.Money;

import java.util.Objects;

/**
 * What the analytics need to know about one registry company.
 *
 * @param id                    USCC, or the stable resolved id when there is none
 * @param registeredCapital     注册资本 with its currency; null when unknown
 * @param status                登记状态 as registered (存续, 在业, 吊销, 注销, …); null when unknown
 * @param legalRepresentativeId resolved person id of the 法定代表人; null when unknown
 * @param address               as registered; null when blank
 * @param phone                 as registered; null when blank
 * @param email                 as registered; null when blank
 */
public record CompanyFacts(String id, Money registeredCapital, String status, String legalRepresentativeId,
                           String address, String phone, String email) {
    public CompanyFacts {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("blank company id");
    }
}
