package com.guanxi.security;

/**
 * A token bucket: holds at most {@code capacity} tokens, gains {@code perSecond} tokens a second, and each request
 * takes one. Time comes from the caller (nanoseconds), so the bucket is a pure function of the times it is asked at.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1");
        if (!(perSecond > 0)) throw new IllegalArgumentException("perSecond must be positive");
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes a token: 0 when the request may go ahead, else the nanoseconds until a token will be there. */
    synchronized long take(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
            updatedAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Full and untouched for a while: may be forgotten. */
    synchronized boolean idleSince(long now, long nanos) {
        return now - updatedAt > nanos && tokens + (now - updatedAt) * perNano >= capacity;
    }
}
