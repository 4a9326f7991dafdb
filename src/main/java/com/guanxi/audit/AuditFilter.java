package com.guanxi.audit;

import com.guanxi.api.Problem;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Records every request under /api in the audit trail once its answer is known — whatever resource served it, so a
 * new endpoint is audited without code of its own. Skipped: the status polls listed in {@code guanxi.audit.skip}.
 * When the entry cannot be written the answer is withheld (503): an unrecorded query must not leave the service.
 */
public class AuditFilter {

    private static final Logger LOG = Logger.getLogger(AuditFilter.class);
    static final String PURPOSE_HEADER = "X-Purpose";
    /** Path parameters and answer fields that name what a request is about, most telling first. */
    private static final List<String> SUBJECT_NAMES = List.of("id", "caseNo", "batchId", "runId", "decisionId");
    private static final List<String> SUBJECT_QUERY = List.of("id", "applicant", "subject", "q");
    private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

    private final AuditTrail trail;
    private final AuditNote note;
    private final CurrentVertxRequest vertx;
    private final Set<String> skip;

    AuditFilter(AuditTrail trail, AuditNote note, CurrentVertxRequest vertx, AuditConfig config) {
        this.trail = trail;
        this.note = note;
        this.vertx = vertx;
        this.skip = config.skip().stream().map(String::strip).collect(Collectors.toUnmodifiableSet());
    }

    @ServerResponseFilter(priority = 100)
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) return;
        String method = request.getMethod();
        String endpoint = endpoint(resource, path);
        if (skip.contains(method + " " + endpoint)) return;
        var principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String user = principal != null ? principal.getName() : note.user() != null ? note.user() : "anonymous";
        boolean matched = resource != null && resource.getResourceMethod() != null;
        AuditEvent event = new AuditEvent(user, method, endpoint, path, subject(request, response.getEntity(), matched),
                purpose(request), response.getStatus(), client());
        try {
            trail.record(event);
        } catch (RuntimeException e) {
            LOG.error("The audit trail could not be written; the answer was withheld", e);
            response.setStatus(503);
            response.getHeaders().putSingle("Retry-After", "30");
            response.setEntity(new Problem("about:blank", "Service Unavailable", 503,
                            "The audit trail could not be written, so the answer is withheld; retry later or tell an administrator.",
                            null, null), new Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    static String endpoint(ResourceInfo resource, String path) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (method == null || type == null) return path;
        StringBuilder template = new StringBuilder();
        Path onClass = type.getAnnotation(Path.class);
        Path onMethod = method.getAnnotation(Path.class);
        for (Path p : new Path[]{onClass, onMethod}) {
            if (p == null) continue;
            String value = p.value().strip();
            if (value.isEmpty() || value.equals("/")) continue;
            if (!value.startsWith("/")) template.append('/');
            template.append(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        }
        return template.length() == 0 ? path : template.toString();
    }

    String subject(ContainerRequestContext request, Object entity, boolean matched) {
        if (note.subject() != null) return note.subject();
        // A request refused before a resource method was chosen (404, 405, 415) has no path parameters.
        MultivaluedMap<String, String> pathParams = new jakarta.ws.rs.core.MultivaluedHashMap<>();
        try {
            if (matched) pathParams = request.getUriInfo().getPathParameters();
        } catch (RuntimeException e) {
            // Quarkus REST has no parameter map for a resource it refused to call (415 and the like).
        }
        for (String name : SUBJECT_NAMES) {
            if (pathParams.getFirst(name) != null) return pathParams.getFirst(name);
        }
        if (!pathParams.isEmpty()) {
            return pathParams.values().stream().flatMap(List::stream).collect(Collectors.joining(","));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (query.getFirst("from") != null && query.getFirst("to") != null) {
            return query.getFirst("from") + "," + query.getFirst("to");
        }
        for (String name : SUBJECT_QUERY) {
            if (query.getFirst(name) != null) return query.getFirst(name);
        }
        return fromAnswer(entity);
    }

    /** A created resource names itself in the answer: {"batchId": ...}, a run's id, a decision's id. */
    static String fromAnswer(Object entity) {
        if (entity instanceof com.fasterxml.jackson.databind.JsonNode node) {
            for (String name : SUBJECT_NAMES) {
                if (node.hasNonNull(name) && node.get(name).isValueNode()) return node.get(name).asText();
            }
        } else if (entity instanceof Map<?, ?> map) {
            for (String name : SUBJECT_NAMES) {
                if (map.get(name) != null) return String.valueOf(map.get(name));
            }
        } else if (entity != null && entity.getClass().isRecord()) {
            for (RecordComponent component : entity.getClass().getRecordComponents()) {
                if (!SUBJECT_NAMES.contains(component.getName())) continue;
                try {
                    Object value = component.getAccessor().invoke(entity);
                    if (value != null) return String.valueOf(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The purpose from {@code X-Purpose} or {@code ?purpose=}. HTTP headers travel as ISO-8859-1, so a header sent
     * as raw UTF-8 (贷前审查) arrives as mojibake and is decoded again here; percent-encoding is accepted too.
     */
    static String purpose(ContainerRequestContext request) {
        String header = request.getHeaderString(PURPOSE_HEADER);
        if (header != null && !header.isBlank()) return decodeHeader(header);
        return request.getUriInfo().getQueryParameters().getFirst("purpose");
    }

    static String decodeHeader(String value) {
        if (PERCENT_ESCAPE.matcher(value).find()) {
            try {
                return URLDecoder.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        boolean latin1 = value.chars().allMatch(c -> c <= 0xFF);
        boolean high = value.chars().anyMatch(c -> c >= 0x80);
        if (latin1 && high) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(value.getBytes(StandardCharsets.ISO_8859_1))).toString();
            } catch (CharacterCodingException e) {
                return value;
            }
        }
        return value;
    }

    private String client() {
        try {
            var context = vertx.getCurrent();
            var address = context == null ? null : context.request().remoteAddress();
            return address == null ? null : address.hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
