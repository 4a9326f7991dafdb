package com.guanxi.webhooks;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    @Test
    void shouldSignWithHmacSha256AsRfc4231TestCaseTwo() {
        // Given RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

        // When
        String header = WebhookSignature.sign("Jefe", body);

        // Then the HMAC-SHA-256 of the RFC, hex, after "sha256="
        assertThat(header).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void shouldRejectASignatureOfAnAlteredBodyOrAnotherSecret() {
        byte[] body = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign("a-secret-of-16-chars", body);

        assertThat(WebhookSignature.verify("a-secret-of-16-chars", body, header)).isTrue();
        assertThat(WebhookSignature.verify("another-secret-16ch", body, header)).isFalse();
        assertThat(WebhookSignature.verify("a-secret-of-16-chars", "{\"changes\":[1]}".getBytes(StandardCharsets.UTF_8),
                header)).isFalse();
        assertThat(WebhookSignature.verify("a-secret-of-16-chars", body, null)).isFalse();
    }
}
