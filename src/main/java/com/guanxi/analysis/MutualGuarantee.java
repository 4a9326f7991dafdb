package com.guanxi.analysis;

/**
 * A mutual-guarantee pair (互保) {first, second} with first < second by id, and the active amounts each way.
 */
public record MutualGuarantee(String first, String second, double firstToSecondYuan, double secondToFirstYuan) {
    public MutualGuarantee {
        if (first.compareTo(second) >= 0) throw new IllegalArgumentException("need first < second: " + first + ", " + second);
    }
}
