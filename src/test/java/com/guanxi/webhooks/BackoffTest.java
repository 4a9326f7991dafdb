package com.guanxi.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void shouldDoubleTheWaitAfterEachFailureUpToTheMaximum() {
        // Given a base of 1 s and a ceiling of 10 s
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

        // When / Then: base × 2^(n-1), capped
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(500)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldRefuseANonPositiveBaseOrAMaximumBelowIt() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)).after(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
