package com.guanxi.webhooks;

import com.guanxi.security.SecretSealer;

import com.guanxi.graph.WebhookStore;
import com.guanxi.tags.TagService;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Registers and lists webhooks; delivery is the {@link WebhookDispatcher}'s job. */
@ApplicationScoped
public class WebhookService {

    static final int MIN_SECRET_LENGTH = 16;

    private final WebhookStore store;
    private final TagService tags;
    private final WebhookDispatcher dispatcher;
    private final SecureRandom random = new SecureRandom();

    private final ReceiverPolicy policy;
    private final SecretSealer sealer;

    WebhookService(WebhookStore store, TagService tags, WebhookDispatcher dispatcher, ReceiverPolicy policy,
                   SecretSealer sealer) {
        this.store = store;
        this.tags = tags;
        this.dispatcher = dispatcher;
        this.policy = policy;
        this.sealer = sealer;
    }

    /**
     * Registers a receiver. It gets every change recorded from now on, or, with {@code since}, every change after that
     * sequence number (to catch up).
     *
     * @throws IllegalArgumentException for a URL that is not absolute http(s) or that the receiver policy refuses, or a
     *                                  secret shorter than 16 characters
     */
    public Webhook register(String url, String secret, Long since) {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("url is required");
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an absolute http or https URL, got " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + url);
        }
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (since != null && since < 0) throw new IllegalArgumentException("since must not be negative");
        byte[] b = new byte[8];
        random.nextBytes(b);
        policy.check(URI.create(url.strip()));
        Webhook hook = new Webhook("WH" + HexFormat.of().formatHex(b), url.strip(), sealer.seal(secret), Instant.now(),
                since != null ? since : tags.lastSeq(), true);
        store.create(hook);
        if (since != null) dispatcher.pump(hook.id());
        return hook;
    }

    public List<Webhook> all() {
        return store.all();
    }

    public Optional<Webhook> get(String id) {
        return store.byId(id);
    }

    /** Unregisters; false when unknown. The delivery log stays. */
    public boolean unregister(String id) {
        return store.deactivate(id);
    }

    /** The delivery log, newest first. */
    public List<WebhookDelivery> deliveries(String id, int limit) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        return store.deliveriesOf(id, limit);
    }
}
