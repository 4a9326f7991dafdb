package com.guanxi.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keeps secrets that must be used again (webhook signing secrets) encrypted at rest: AES-256-GCM with a key generated
 * for this install in the key folder ({@code secrets.key}, owner-only), so a copy of the database alone reveals none.
 * A value stored before sealing existed is read as it is.
 */
@ApplicationScoped
public class SecretSealer {

    static final String KEY_FILE = "secrets.key";
    private static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;

    private final Path keyDir;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    @jakarta.inject.Inject
    SecretSealer(SecurityConfig config) {
        this(Path.of(config.keyDir()));
    }

    SecretSealer(Path keyDir) {
        this.keyDir = keyDir;
    }

    /** The secret encrypted, as text to store. */
    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    /** The secret back from what {@link #seal} stored (a value stored unsealed is returned as it is). */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) return stored;
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be opened with " + keyDir.resolve(KEY_FILE)
                    + " (was the key replaced?); register the webhook again", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) key = loadOrCreate();
                k = key;
            }
        }
        return k;
    }

    private SecretKeySpec loadOrCreate() {
        Path file = keyDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keyDir);
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Path temp = keyDir.resolve(KEY_FILE + ".tmp");
                Files.deleteIfExists(temp);
                Files.createFile(temp);
                UserStore.ownerOnly(temp);
                Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
                Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            byte[] raw = Base64.getDecoder().decode(Files.readString(file).strip());
            if (raw.length != 32) throw new IllegalStateException(file + " does not hold a 256-bit key");
            return new SecretKeySpec(raw, "AES");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the secrets key in " + keyDir, e);
        }
    }
}
