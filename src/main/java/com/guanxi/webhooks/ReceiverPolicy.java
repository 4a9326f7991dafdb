package com.guanxi.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where tag changes may be sent: the host must be on the allow-list when there is one, and every address it resolves
 * to must be public unless private receivers are allowed — a webhook URL must not turn the service into a way to
 * reach its own network. Checked at registration and again before each delivery (a name may resolve elsewhere later).
 */
@ApplicationScoped
public class ReceiverPolicy {

    private final List<String> allowedHosts;
    private final boolean allowPrivate;
    private final Function<String, InetAddress[]> resolver;

    @jakarta.inject.Inject
    ReceiverPolicy(WebhookConfig config) {
        this(config.allowedHosts().orElse(List.of()), config.allowPrivateAddresses(), ReceiverPolicy::resolve);
    }

    ReceiverPolicy(List<String> allowedHosts, boolean allowPrivate, Function<String, InetAddress[]> resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** @throws IllegalArgumentException naming the rule the URL breaks */
    public void check(URI url) {
        String host = url.getHost();
        if (host == null) throw new IllegalArgumentException("url has no host: " + url);
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (!allowedHosts.isEmpty() && !allowedHosts.stream().anyMatch(allowedBy(host))) {
            throw new IllegalArgumentException("host " + host + " is not among guanxi.webhooks.allowed-hosts");
        }
        if (allowPrivate) return;
        for (InetAddress a : resolver.apply(host)) {
            if (!isPublic(a)) {
                throw new IllegalArgumentException("host " + host + " resolves to the non-public address "
                        + a.getHostAddress() + "; receivers inside the network need guanxi.webhooks.allow-private-addresses=true");
            }
        }
    }

    private static java.util.function.Predicate<String> allowedBy(String host) {
        return rule -> rule.startsWith(".") ? host.endsWith(rule) || host.equals(rule.substring(1)) : host.equals(rule);
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        return !(first == 100 && second >= 64 && second <= 127) // 100.64/10 carrier-grade NAT
                && first != 0 && !(first == 198 && (second == 18 || second == 19)); // 0/8, 198.18/15 benchmarking
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host " + host + " cannot be resolved");
        }
    }
}
