package com.guanxi.security;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** A user of the local login, as kept in users.json. */
public record LocalUser(String name, List<String> roles, String passwordHash, Instant createdAt) {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    public LocalUser {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 64 letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit.");
        }
        if (roles == null || roles.isEmpty()) throw new IllegalArgumentException("A user needs at least one role.");
        for (String role : roles) {
            if (Role.of(role).isEmpty()) {
                throw new IllegalArgumentException("Unknown role '" + role + "'; the roles are analyst, approver, importer, admin.");
            }
        }
        roles = roles.stream().map(r -> Role.of(r).orElseThrow().id()).distinct().toList();
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("A user's password must be stored as a bcrypt hash.");
        }
    }
}
