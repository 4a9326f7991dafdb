package com.guanxi.security;

import com.guanxi.api.Problem;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Requests per user (per client address before login) through a {@link TokenBucket}; over the limit the answer is
 * 429 problem+json with {@code Retry-After}. Runs after authentication, so the user is known.
 */
public class RateLimiter {

    private static final long FORGET_AFTER = TimeUnit.MINUTES.toNanos(10);

    private final SecurityConfig.RateLimit config;
    private final CurrentVertxRequest vertx;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock = System::nanoTime;

    RateLimiter(SecurityConfig config, CurrentVertxRequest vertx) {
        this.config = config.rateLimit();
        this.vertx = vertx;
    }

    @ServerRequestFilter(priority = 10)
    public Response limit(ContainerRequestContext request) {
        if (!config.enabled()) return null;
        long now = clock.getAsLong();
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String key = principal != null ? "user:" + principal.getName() : "client:" + clientAddress();
        if (buckets.size() > 10_000) buckets.values().removeIf(b -> b.idleSince(now, FORGET_AFTER));
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(config.burst(), config.perSecond(), now)).take(now);
        if (wait == 0) return null;
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + TimeUnit.SECONDS.toNanos(1) - 1));
        return Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(seconds))
                .entity(new Problem("about:blank", "Too Many Requests", 429, "More than " + config.burst()
                        + " requests in a burst or " + config.perSecond() + " a second; retry in " + seconds + " s.",
                        null, Map.of("retryAfterSeconds", seconds)))
                .build();
    }

    private String clientAddress() {
        var context = vertx.getCurrent();
        var address = context == null ? null : context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
