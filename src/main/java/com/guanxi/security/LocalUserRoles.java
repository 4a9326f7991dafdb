package com.guanxi.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * A token of the local login carries the roles its user had when logging in; users.json is what they have now. So
 * that removing a user or changing their roles takes effect at once rather than when the token expires, a local
 * token's roles are taken from users.json on every request, and a token of a user no longer there is refused.
 * Tokens of the bank's identity provider (another issuer) are left as they are.
 */
@ApplicationScoped
class LocalUserRoles implements SecurityIdentityAugmentor {

    private final LocalLogin login;
    private final String localIssuer;

    LocalUserRoles(LocalLogin login, @ConfigProperty(name = "mp.jwt.verify.issuer") String localIssuer) {
        this.login = login;
        this.localIssuer = localIssuer;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!login.enabled() || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !localIssuer.equals(token.getIssuer())) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Optional<LocalUser> user = login.users().find(token.getName());
            if (user.isEmpty()) throw new AuthenticationFailedException("The user of this token no longer exists.");
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addRoles(new java.util.HashSet<>(user.get().roles()))
                    .build();
        });
    }
}
