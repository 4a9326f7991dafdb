package com.guanxi.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The {@code X-Guanxi-Signature} header: {@code sha256=<hex HMAC-SHA256(secret, body)>}, so a receiver can check that a
 * batch comes from Guanxi and was not altered (compare in constant time, as {@link #verify} does).
 */
public final class WebhookSignature {
    public static final String HEADER = "X-Guanxi-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The header value for {@code body} signed with {@code secret} (UTF-8). */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code header} is the signature of {@code body} with {@code secret}. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) return false;
        return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
