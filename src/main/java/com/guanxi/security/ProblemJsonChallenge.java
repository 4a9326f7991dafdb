package com.guanxi.security;

import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Gives the 401 challenge a problem+json body. The security layer answers a request without (or with a bad) token by
 * the mechanism's challenge — status and {@code WWW-Authenticate} only — and ends the response itself, so the body is
 * written here, with its length, before it does.
 */
@Decorator
@Priority(10)
abstract class ProblemJsonChallenge implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return delegate.getChallenge(context).map(challenge -> {
            if (challenge == null) return false;
            var response = context.response();
            if (response.ended() || response.headWritten()) return true;
            for (Map.Entry<CharSequence, String> header : challenge.getHeaders().entrySet()) {
                response.headers().set(header.getKey(), header.getValue());
            }
            if (challenge.status == 401) {
                HttpProblems.write(response, 401, "Unauthorized", hasCredentials(context)
                        ? "The token is invalid or has expired; log in again (POST /api/auth/login) or ask the identity provider for a new one."
                        : "Authentication is required: send 'Authorization: Bearer <token>' (POST /api/auth/login issues one).");
            } else {
                response.setStatusCode(challenge.status);
            }
            return true;
        });
    }

    private static boolean hasCredentials(RoutingContext context) {
        return context.request().getHeader("Authorization") != null;
    }
}
