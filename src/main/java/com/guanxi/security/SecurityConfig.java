package com.guanxi.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * Authentication, rate limits and masking. Token verification itself is smallrye-jwt's ({@code mp.jwt.verify.*},
 * {@code smallrye.jwt.path.groups}); see application.properties and the README.
 */
@ConfigMapping(prefix = "guanxi.security")
public interface SecurityConfig {

    /**
     * Local users (users.json) and {@code POST /api/auth/login}. Switch off when the bank's identity provider issues
     * every token (then {@code mp.jwt.verify.*} points at it).
     */
    @WithDefault("true")
    boolean localLogin();

    /** The local users with their bcrypt password hashes; written by {@code guanxi user add}. */
    @WithDefault("data/users.json")
    String usersFile();

    /** Where the install's own token-signing key pair is generated and kept. */
    @WithDefault("data/keys")
    String keyDir();

    /** How long a token from the local login stays valid. */
    @WithDefault("8H")
    Duration tokenLifetime();

    RateLimit rateLimit();

    Privacy privacy();

    /** A token bucket per user (per client address before login): {@code burst} requests at once, refilled steadily. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a user may send at once. */
        @WithDefault("200")
        int burst();

        /** Requests per second added back to a user's bucket. */
        @WithDefault("20")
        double perSecond();
    }

    /** Masking of phone numbers, e-mail addresses and personal identifiers in JSON responses. */
    interface Privacy {
        /** Roles that see personal data in clear; everyone else sees it masked. */
        @WithDefault("admin")
        List<String> clearRoles();
    }
}
