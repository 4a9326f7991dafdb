package com.guanxi.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each bearer token once rather than on every request: a decision engine sends the same token thousands of
 * times a second, and checking its RSA signature and parsing its claims each time was the largest single cost of a
 * tag look-up. Only a byte-identical token string is answered from memory, and only until its expiry; anything else
 * (another token, a changed claim or signature, an expired one) goes to smallrye-jwt's parser as before. Roles are not
 * taken from here for local users: {@link LocalUserRoles} reads users.json on every request.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens implements JWTParser {

    /** Distinct live tokens held at most; when full the memory starts over (a burst of new logins, not a leak). */
    static final int CAPACITY = 10_000;

    private final JWTParser parser;
    private final Clock clock;
    private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    VerifiedTokens(DefaultJWTParser parser) {
        this(parser, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (clock.millis() / 1000 < known.getExpirationTime()) return known;
            verified.remove(token, known);
        }
        JsonWebToken fresh = parser.parse(token);
        if (fresh.getExpirationTime() > 0) {
            if (verified.size() >= CAPACITY) verified.clear();
            verified.put(token, fresh);
        }
        return fresh;
    }

    /** Tokens held in memory now (for tests). */
    int size() {
        return verified.size();
    }

    // Everything else is smallrye-jwt's, unchanged: these calls name their own keys or verification settings.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
