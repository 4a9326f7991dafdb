package com.guanxi.security;

import com.guanxi.audit.AuditEvent;
import com.guanxi.audit.AuditTrail;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refusals made by the HTTP layer before any resource runs — wrong role (403), bad token (401), body too large (413)
 * — answered as problem+json like every other error. A refused query under /api is recorded in the audit trail too.
 */
@ApplicationScoped
class SecurityFailures {

    private static final Logger LOG = Logger.getLogger(SecurityFailures.class);

    private final AuditTrail audit;
    private final String maxBodySize;
    private final long maxBodyBytes;

    SecurityFailures(AuditTrail audit, @ConfigProperty(name = "quarkus.http.limits.max-body-size") String maxBodySize,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodyBytes) {
        this.audit = audit;
        this.maxBodySize = maxBodySize;
        this.maxBodyBytes = maxBodyBytes.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // Quarkus refuses a declared Content-Length over the limit with an empty 413 just after this; same check, with a body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkDeclaredLength);
    }

    void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared > maxBodyBytes) {
            context.response().headers().set("Connection", "close");
            context.response().endHandler(v -> context.request().connection().close());
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        HttpProblems.end(context.response(), 413, "Content Too Large",
                "The request body is larger than the limit of " + maxBodySize
                        + " (quarkus.http.limits.max-body-size); import large folders with {\"path\": ...} instead.");
    }

    void handle(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (failure instanceof ForbiddenException) {
            recordRefusal(context, 403);
            HttpProblems.end(context.response(), 403, "Forbidden",
                    "Your role does not allow this request; see the access table in the README or ask an administrator.");
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            context.response().headers().set("WWW-Authenticate", "Bearer");
            HttpProblems.end(context.response(), 401, "Unauthorized",
                    "Authentication is required: send 'Authorization: Bearer <token>' (POST /api/auth/login issues one).");
        } else if (context.statusCode() == 413) {
            tooLarge(context);
        } else {
            context.next();
        }
    }

    private void recordRefusal(RoutingContext context, int status) {
        String path = context.normalizedPath();
        if (!path.startsWith("/api/")) return;
        String user = context.user() instanceof QuarkusHttpUser u ? u.getSecurityIdentity().getPrincipal().getName() : "anonymous";
        String purpose = context.request().getHeader("X-Purpose");
        if (purpose == null) purpose = context.request().getParam("purpose");
        var address = context.request().remoteAddress();
        try {
            audit.record(new AuditEvent(user, context.request().method().name(), path, path, null, purpose, status,
                    address == null ? null : address.hostAddress()));
        } catch (RuntimeException e) {
            LOG.error("The audit trail could not record a refused request", e);
        }
    }
}
