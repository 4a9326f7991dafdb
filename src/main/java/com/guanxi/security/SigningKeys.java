package com.guanxi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The install's own RSA key pair for the local login's tokens, generated on first use and kept in the key folder:
 * {@code jwt-private.pem} (PKCS#8, owner-only) signs, {@code jwt-public.pem} is what smallrye-jwt verifies with
 * ({@code mp.jwt.verify.publickey.location}). Every install has its own, so no token works on another install.
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey, String keyId) {

    public static final String PRIVATE_FILE = "jwt-private.pem";
    public static final String PUBLIC_FILE = "jwt-public.pem";

    /** Loads the pair from {@code dir}, generating it first when the folder has none. */
    public static synchronized SigningKeys loadOrCreate(Path dir) {
        Path privateFile = dir.resolve(PRIVATE_FILE);
        Path publicFile = dir.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                Files.createDirectories(dir);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path temp = dir.resolve(PRIVATE_FILE + ".tmp");
                Files.deleteIfExists(temp);
                Files.createFile(temp);
                UserStore.ownerOnly(temp);
                Files.writeString(temp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.move(temp, privateFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile))));
            byte[] publicDer = der(Files.readString(publicFile));
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(publicDer));
            String keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicDer), 0, 8);
            return new SigningKeys(privateKey, publicKey, keyId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the token-signing keys in " + dir, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The token-signing keys in " + dir + " are unreadable; delete both files "
                    + "to have new ones generated (every user then logs in again).", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
