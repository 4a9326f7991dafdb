package com.guanxi.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import java.util.Map;

/** Maps every failure to application/problem+json; never a stack trace or a class name. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response badRequest(IllegalArgumentException e) {
        return Problem.response(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    Response notFound(NotFoundProblem e) {
        return Problem.response(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    Response unknownSubject(com.guanxi.decision.UnknownSubjectException e) {
        return Problem.response(422, "Unprocessable Content", e.getMessage(), null);
    }

    @ServerExceptionMapper
    Response noTagsYet(com.guanxi.decision.NoTagsYetException e) {
        return Problem.response(Response.Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    Response badJson(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, JsonProblems.describe(e));
    }

    /** A body of the wrong shape (an array for an object, text for a number): Quarkus's own answer has no body. */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e) {
        return Problem.response(Response.Status.BAD_REQUEST, JsonProblems.describe(e));
    }

    @ServerExceptionMapper
    Response databaseUnavailable(ServiceUnavailableException e) {
        return unavailable();
    }

    @ServerExceptionMapper
    Response databaseSessionExpired(SessionExpiredException e) {
        return unavailable();
    }

    @ServerExceptionMapper
    Response databaseTransient(TransientException e) {
        return unavailable();
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            // The JSON reader wraps syntax errors (truncated, invalid UTF-8, nesting) in a bare 400.
            if (cause instanceof JsonProcessingException json) return Problem.response(status, reason, JsonProblems.describe(json), null);
        }
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? reason : e.getMessage();
        return Problem.response(status, reason, detail, null);
    }

    @ServerExceptionMapper(priority = 10_000)
    Response unexpected(Throwable e) {
        LOG.error("Unexpected error", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The service could not complete the request; the error was logged.");
    }

    private static Response unavailable() {
        return Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", "5")
                .entity(new Problem("about:blank", "Service Unavailable", 503,
                        "The graph database is not reachable right now; retry in a few seconds.", null,
                        Map.of("retryAfterSeconds", 5)))
                .build();
    }
}
