package com.guanxi.security;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** bcrypt (BouncyCastle's OpenBSD-compatible implementation) for local users' passwords. */
public final class PasswordHasher {

    /** 2^12 rounds: about a quarter of a second per check on a server core, slow enough to make guessing costly. */
    static final int COST = 12;
    /** bcrypt reads at most 72 bytes of a password; longer ones are refused rather than silently truncated. */
    static final int MAX_BYTES = 72;
    static final int MIN_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        checkAcceptable(password);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password, salt, COST);
    }

    public static boolean matches(String hash, char[] password) {
        if (hash == null || password == null || utf8Length(password) > MAX_BYTES) return false;
        try {
            return OpenBSDBCrypt.checkPassword(hash, password);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Throws with a reason a person can act on when the password cannot be used. */
    public static void checkAcceptable(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (utf8Length(password) > MAX_BYTES) {
            throw new IllegalArgumentException("A password may have at most " + MAX_BYTES + " bytes in UTF-8.");
        }
    }

    private static int utf8Length(char[] password) {
        return new String(password).getBytes(StandardCharsets.UTF_8).length;
    }
}
