package com.guanxi.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Delivery of tag changes to webhooks ({@code guanxi.webhooks.*}). */
@ConfigMapping(prefix = "guanxi.webhooks")
public interface WebhookConfig {

    /** Tries per delivery before it is marked failed (its changes then go out again with the next delivery). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed try; doubled after each further failure. */
    @WithDefault("2s")
    Duration baseDelay();

    /** Longest wait between tries. */
    @WithDefault("10m")
    Duration maxDelay();

    /** Most changes in one delivery. */
    @WithDefault("500")
    int maxBatch();

    /** Connection timeout towards a receiver. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time a receiver has to answer. */
    @WithDefault("30s")
    Duration requestTimeout();

    /**
     * Hosts receivers may be registered at (exact names, or {@code .example.com} for a domain and its subdomains);
     * unset: any host that passes the address check.
     */
    java.util.Optional<java.util.List<String>> allowedHosts();

    /**
     * Whether receivers may sit on loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local or other
     * non-public addresses. Off by default so a registered URL cannot make the service call into its own network
     * (SSRF); turn on for a decision engine inside the bank's network, preferably together with allowed-hosts.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /**
     * How often every webhook is checked for undelivered changes (after a failed delivery, or a restart); a
     * Quarkus scheduler period such as 1m, or off.
     */
    @WithDefault("1m")
    String sweepEvery();
}
