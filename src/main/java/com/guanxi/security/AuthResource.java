package com.guanxi.security;

import com.guanxi.api.NotFoundProblem;
import com.guanxi.api.Problem;
import com.guanxi.audit.AuditNote;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The local login, and who the caller is. */
@Path("/api/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record LoginRequest(String username, String password) {
    }

    public record Me(String username, List<String> roles) {
    }

    private final LocalLogin login;
    private final SecurityIdentity identity;
    private final AuditNote audit;

    AuthResource(LocalLogin login, SecurityIdentity identity, AuditNote audit) {
        this.login = login;
        this.identity = identity;
        this.audit = audit;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a local user's name and password for a bearer token")
    public Response login(LoginRequest request) {
        if (!login.enabled()) {
            throw new NotFoundProblem("The local login is switched off; obtain a token from the bank's identity provider.");
        }
        if (request == null || request.username() == null || request.password() == null) {
            throw new IllegalArgumentException("Give {\"username\": ..., \"password\": ...}.");
        }
        audit.user(request.username());
        audit.subject(request.username());
        return login.authenticate(request.username(), request.password().toCharArray())
                .map(user -> Response.ok(login.issue(user)).build())
                .orElseGet(() -> Problem.response(401, "Unauthorized", "The user name or the password is wrong.", null));
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The caller's user name and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
