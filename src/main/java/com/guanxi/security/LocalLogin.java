package com.guanxi.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default: local users with bcrypt hashes, and tokens signed with the install's own key. The tokens carry
 * the same issuer and roles claim that smallrye-jwt verifies, so local and external tokens pass the same check.
 */
@ApplicationScoped
public class LocalLogin {

    private static final Logger LOG = Logger.getLogger(LocalLogin.class);

    public record IssuedToken(String token, Instant expiresAt, List<String> roles) {
    }

    private final SecurityConfig config;
    private final UserStore users;
    private final String issuer;
    private final String rolesClaim;
    /** Checked when the user is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoyHash;
    private volatile SigningKeys keys;

    LocalLogin(SecurityConfig config, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
               @ConfigProperty(name = "smallrye.jwt.path.groups", defaultValue = "groups") String rolesClaim) {
        this.config = config;
        this.users = new UserStore(Path.of(config.usersFile()));
        this.issuer = issuer;
        this.rolesClaim = rolesClaim;
        this.decoyHash = PasswordHasher.hash("decoy-password-never-used".toCharArray());
    }

    /** Before anything can verify a token, the public key it is verified with must exist. */
    void prepare(@Observes @Priority(0) StartupEvent event) {
        if (!config.localLogin()) {
            LOG.info("Local login is off: only tokens of the configured identity provider are accepted.");
            return;
        }
        keys();
        if (users.all().isEmpty()) {
            LOG.warnf("No user can log in yet. Create the first administrator with:%n"
                    + "    bin/guanxi user add NAME --role admin%n"
                    + "(users are kept in %s; more roles: analyst, approver, importer).", users.file());
        }
    }

    public boolean enabled() {
        return config.localLogin();
    }

    public boolean hasUsers() {
        return !users.all().isEmpty();
    }

    public UserStore users() {
        return users;
    }

    /**
     * For the demo only ({@code serve --demo}): when nobody can log in yet, an admin "demo" with a random password
     * made for this install, returned once to be shown to the person who started it.
     */
    public Optional<String> createDemoUserIfNone() {
        if (!config.localLogin() || hasUsers()) return Optional.empty();
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        String password = java.util.HexFormat.of().formatHex(random);
        users.put("demo", List.of(Role.ADMIN.id()), password.toCharArray());
        return Optional.of(password);
    }

    /** The user whose password this is, if any. */
    public Optional<LocalUser> authenticate(String name, char[] password) {
        Optional<LocalUser> user = name == null ? Optional.empty() : users.find(name);
        boolean matches = PasswordHasher.matches(user.map(LocalUser::passwordHash).orElse(decoyHash), password);
        return matches ? user : Optional.empty();
    }

    public IssuedToken issue(LocalUser user) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.tokenLifetime());
        Set<String> roles = new HashSet<>(user.roles());
        var claims = Jwt.issuer(issuer).upn(user.name()).subject(user.name()).groups(roles)
                .issuedAt(now).expiresAt(expires);
        if (!rolesClaim.equals("groups") && !rolesClaim.contains("/")) claims.claim(rolesClaim, List.copyOf(roles));
        SigningKeys k = keys();
        String token = claims.jws().keyId(k.keyId()).sign(k.privateKey());
        return new IssuedToken(token, expires, user.roles());
    }

    private SigningKeys keys() {
        SigningKeys k = keys;
        if (k == null) {
            k = SigningKeys.loadOrCreate(Path.of(config.keyDir()));
            keys = k;
        }
        return k;
    }
}
