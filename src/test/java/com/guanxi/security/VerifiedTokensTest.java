package com.guanxi.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    /** Stands in for smallrye-jwt: accepts tokens starting with "good", each expiring at the number after the colon. */
    static final class CountingParser extends DefaultJWTParser {
        final List<String> parsed = new ArrayList<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            parsed.add(token);
            if (!token.startsWith("good")) throw new ParseException("signature does not verify");
            return new Token(token.substring(0, token.indexOf(':')), Long.parseLong(token.substring(token.indexOf(':') + 1)));
        }
    }

    record Token(String name, long exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return (T) Map.<String, Object>of("sub", name, "exp", exp).get(claim);
        }
    }

    private final CountingParser parser = new CountingParser();
    private Instant now = Instant.ofEpochSecond(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(parser, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void shouldVerifyTheSameTokenOnceWhileItIsValid() throws Exception {
        String token = "good-alice:" + (NOW + 3600);
        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);
        assertThat(second).isSameAs(first);
        assertThat(parser.parsed).containsExactly(token);
    }

    @Test
    void shouldVerifyAnyOtherStringAgainEvenOneCharacterApart() throws Exception {
        tokens.parse("good-alice:" + (NOW + 3600));
        assertThatThrownBy(() -> tokens.parse("bad-alice:" + (NOW + 3600))).isInstanceOf(ParseException.class);
        assertThat(tokens.parse("good-alicf:" + (NOW + 3600)).getName()).isEqualTo("good-alicf");
        assertThat(parser.parsed).hasSize(3);
    }

    @Test
    void shouldHandAnExpiredTokenBackToTheParser() throws Exception {
        String token = "good-alice:" + (NOW + 60);
        tokens.parse(token);
        now = now.plusSeconds(59);
        tokens.parse(token);
        assertThat(parser.parsed).hasSize(1);

        now = now.plusSeconds(1);
        tokens.parse(token);
        assertThat(parser.parsed).as("at the expiry second the parser decides again").hasSize(2);
    }

    @Test
    void shouldNotRememberARefusal() {
        assertThatThrownBy(() -> tokens.parse("bad:1")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse("bad:1")).isInstanceOf(ParseException.class);
        assertThat(parser.parsed).hasSize(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldHoldAtMostItsCapacity() throws Exception {
        for (int i = 0; i <= VerifiedTokens.CAPACITY + 10; i++) tokens.parse("good-" + i + ":" + (NOW + 3600));
        assertThat(tokens.size()).isBetween(1, VerifiedTokens.CAPACITY);
    }
}
