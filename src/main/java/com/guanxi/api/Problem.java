package com.guanxi.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** An RFC 9457 problem document. {@code detail} says what was wrong in words a client can act on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_DETAIL = 1000;

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Response response(int status, String title, String detail, Map<String, Object> extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, bounded(detail), null, extensions))
                .build();
    }

    /** A detail that quotes what the client sent stays readable: a 5 MB value is not echoed back whole. */
    static String bounded(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL) + "…";
    }
}
