package com.guanxi.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealerTest {

    @Test
    void shouldStoreASecretOnlyEncryptedAndGiveItBack(@TempDir Path keys) throws Exception {
        // Given a sealer with a fresh key folder
        SecretSealer sealer = new SecretSealer(keys);

        // When a webhook secret is sealed twice
        String first = sealer.seal("decision-engine-secret-2026");
        String second = sealer.seal("decision-engine-secret-2026");

        // Then the stored text reveals nothing of it, differs each time (fresh IV), and opens to the secret, also with
        // a sealer made later from the same folder (after a restart)
        assertThat(first).doesNotContain("decision").isNotEqualTo(second);
        assertThat(sealer.open(first)).isEqualTo("decision-engine-secret-2026");
        assertThat(new SecretSealer(keys).open(second)).isEqualTo("decision-engine-secret-2026");
        // and the key file is readable by its owner only
        assertThat(Files.getPosixFilePermissions(keys.resolve(SecretSealer.KEY_FILE)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void shouldReadASecretStoredBeforeSealingAsItIs(@TempDir Path keys) {
        assertThat(new SecretSealer(keys).open("plain-secret-from-before-0001")).isEqualTo("plain-secret-from-before-0001");
    }

    @Test
    void shouldRefuseToOpenWithAnotherInstallsKey(@TempDir Path one, @TempDir Path other) {
        String sealed = new SecretSealer(one).seal("decision-engine-secret-2026");
        assertThatThrownBy(() -> new SecretSealer(other).open(sealed))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("register the webhook again");
    }

    @Test
    void shouldRefuseATamperedSecret(@TempDir Path keys) {
        SecretSealer sealer = new SecretSealer(keys);
        String sealed = sealer.seal("decision-engine-secret-2026");
        // Flip one bit of the sealed bytes themselves (a changed base64 character may only touch padding bits)
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] bytes = java.util.Base64.getDecoder().decode(sealed.substring(prefix.length()));
        bytes[bytes.length - 5] ^= 0x01;
        String tampered = prefix + java.util.Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> sealer.open(tampered)).isInstanceOf(IllegalStateException.class);
    }
}
