package com.guanxi.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.guanxi.api.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

import java.util.Map;

/** problem+json written straight onto a Vert.x response, for refusals made before a JAX-RS resource is reached. */
final class HttpProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpProblems() {
    }

    static Buffer body(int status, String title, String detail, Map<String, Object> extensions) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(new Problem("about:blank", title, status, detail, null, extensions)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets status, type and length and writes the body; the caller (or the security layer) ends the response. */
    static void write(HttpServerResponse response, int status, String title, String detail) {
        Buffer body = body(status, title, detail, null);
        response.setStatusCode(status);
        response.headers().set("Content-Type", Problem.MEDIA_TYPE);
        response.headers().set("Content-Length", String.valueOf(body.length()));
        response.write(body);
    }

    static void end(HttpServerResponse response, int status, String title, String detail) {
        Buffer body = body(status, title, detail, null);
        response.setStatusCode(status);
        response.headers().set("Content-Type", Problem.MEDIA_TYPE);
        response.end(body);
    }
}
