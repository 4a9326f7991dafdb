package com.guanxi.api;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.neo4j.driver.exceptions.ClientException;

/**
 * A query stopped by the database's transaction timeout (db.transaction.timeout, or the transaction's own) becomes a
 * 503 problem+json that says so; any other refusal by the database stays an unexpected error.
 */
class QueryTimeouts {

    private static final Logger LOG = Logger.getLogger(QueryTimeouts.class);

    static boolean isTimeout(ClientException e) {
        String code = e.code() == null ? "" : e.code();
        return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    @ServerExceptionMapper
    Response databaseRefused(ClientException e) {
        if (isTimeout(e)) return timedOut();
        LOG.error("Unexpected error", e);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                "The service could not complete the request; the error was logged.");
    }

    static Response timedOut() {
        return Problem.response(503, "Service Unavailable", "The query ran longer than the database allows and was "
                + "stopped. Narrow it (a lower depth or limit, fewer relation types) and try again.", null);
    }
}
