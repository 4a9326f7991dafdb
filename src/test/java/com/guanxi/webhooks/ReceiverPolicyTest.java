package com.guanxi.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiverPolicyTest {

    /** A resolver answering from a fixed table, so the test needs no DNS. */
    private static final Map<String, String> DNS = Map.of(
            "decisions.example.com", "203.0.113.10",
            "internal.example.com", "10.1.2.3",
            "rebound.example.com", "127.0.0.1",
            "v6.example.com", "fd12:3456::1");

    private static ReceiverPolicy policy(List<String> allowed, boolean allowPrivate) {
        return new ReceiverPolicy(allowed, allowPrivate, host -> {
            try {
                String ip = DNS.getOrDefault(host, host);
                return new InetAddress[]{InetAddress.getByName(ip)};
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    @Test
    void shouldAcceptAPublicReceiverByDefault() {
        assertThatCode(() -> policy(List.of(), false).check(URI.create("https://decisions.example.com/hook"))).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseLoopbackPrivateAndLinkLocalReceiversByDefault() {
        ReceiverPolicy p = policy(List.of(), false);
        for (String url : List.of("http://127.0.0.1:8080/x", "http://localhost/x", "http://internal.example.com/x",
                "http://rebound.example.com/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x",
                "http://v6.example.com/x", "http://192.168.1.20/x", "http://172.20.0.5/x", "http://100.64.0.1/x")) {
            assertThatThrownBy(() -> p.check(URI.create(url))).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-public address");
        }
    }

    @Test
    void shouldAcceptPrivateReceiversWhenAllowed() {
        assertThatCode(() -> policy(List.of(), true).check(URI.create("http://internal.example.com/hook"))).doesNotThrowAnyException();
    }

    @Test
    void shouldAcceptOnlyAllowedHostsWhenAnAllowListIsSet() {
        ReceiverPolicy p = policy(List.of("decisions.example.com", ".bank.example"), true);
        assertThatCode(() -> p.check(URI.create("https://decisions.example.com/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> p.check(URI.create("https://risk.bank.example/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> p.check(URI.create("https://bank.example/hook"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> p.check(URI.create("https://evilbank.example/hook")))
                .hasMessageContaining("not among guanxi.webhooks.allowed-hosts");
        assertThatThrownBy(() -> p.check(URI.create("https://internal.example.com/hook")))
                .hasMessageContaining("not among guanxi.webhooks.allowed-hosts");
    }

    @Test
    void shouldTellPublicFromNonPublicAddresses() throws Exception {
        assertThat(ReceiverPolicy.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(ReceiverPolicy.isPublic(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(ReceiverPolicy.isPublic(InetAddress.getByName("0.0.0.0"))).isFalse();
        assertThat(ReceiverPolicy.isPublic(InetAddress.getByName("198.18.0.1"))).isFalse();
        assertThat(ReceiverPolicy.isPublic(InetAddress.getByName("fe80::1"))).isFalse();
    }
}
