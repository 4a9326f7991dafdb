package com.guanxi.analysis;

/**
 * A company whose active guarantees given exceed the configured multiple of its registered capital.
 *
 * @param id                    the company
 * @param totalActiveYuan       total active amount it guarantees
 * @param registeredCapitalYuan registered capital in CNY (converted with a configured rate when foreign)
 * @param ratio                 totalActiveYuan / registeredCapitalYuan
 */
public record OverGuaranteedCompany(String id, double totalActiveYuan, double registeredCapitalYuan, double ratio) {
}
