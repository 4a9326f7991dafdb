package com.guanxi.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.List;

/**
 * Applies {@link PersonalData} masking to every JSON answer for callers whose roles are not in
 * {@code guanxi.security.privacy.clear-roles} (by default only admin sees clear values). Central, so a new endpoint
 * returning a {@code phone} or {@code email} field is masked without code of its own.
 */
public class MaskingFilter {

    private final ObjectMapper json;
    private final List<String> clearRoles;

    MaskingFilter(ObjectMapper json, SecurityConfig config) {
        this.json = json;
        this.clearRoles = config.privacy().clearRoles();
    }

    @ServerResponseFilter(priority = 200)
    public void mask(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || !isJson(response.getMediaType()) || !isObject(entity)) return;
        if (seesClearValues(request.getSecurityContext())) return;
        JsonNode tree = json.valueToTree(entity);
        if (PersonalData.mask(tree)) {
            response.setEntity(tree, new Annotation[0], response.getMediaType());
        }
    }

    private boolean seesClearValues(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) return false;
        return clearRoles.stream().anyMatch(security::isUserInRole);
    }

    private static boolean isJson(MediaType type) {
        return type == null || (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean isObject(Object entity) {
        return !(entity instanceof CharSequence || entity instanceof byte[] || entity instanceof File
                || entity instanceof Path || entity instanceof InputStream || entity instanceof StreamingOutput);
    }
}
